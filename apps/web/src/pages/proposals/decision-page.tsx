import { DownloadOutlined, EyeOutlined } from '@ant-design/icons';
import { useQueries, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Descriptions, Grid, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { download } from '../../api/download';
import { unwrap } from '../../api/errors';
import { openDocument } from '../../api/open-document';
import { useOrganisation } from '../../api/organisation';
import type { Decision } from '../../api/types';
import { paths } from '../../app/routes';
import { PageError } from '../../components/page-error';
import { WrappingCard } from '../../components/wrapping-card';
import { ResponsiveTable } from '../../components/responsive-table';
import { NOMINEE_KIND_LABELS } from '../../i18n/labels';
import { formatDate } from '../../time/hanoi';

interface Person {
  nominationId: string;
  name: string;
  kind: string;
  position: string | null;
  unitCode: string;
}

/** One decision (quyết định) of the minister: its number, who signed, the annexed list, and the document itself. */
export default function DecisionPage() {
  const { id = '' } = useParams();
  const decision = useQuery({
    queryKey: ['decision', id],
    queryFn: () => unwrap(api.GET('/api/v1/decisions/{id}', { params: { path: { id } } })),
  });
  if (decision.isPending) return <Spin tip="Đang tải quyết định…" />;
  if (decision.isError) return <PageError error={decision.error} />;
  return <DecisionView decision={decision.data} />;
}

/** Who is on the decision: named from the proposal it answers, or from each nomination when it answers none. */
function usePeople(d: Decision): { people: Map<string, Person>; loading: boolean } {
  const proposal = useQuery({
    queryKey: ['proposal', d.proposalId],
    queryFn: () => unwrap(api.GET('/api/v1/proposals/{id}', { params: { path: { id: d.proposalId ?? '' } } })),
    enabled: !!d.proposalId,
  });
  const people = new Map<string, Person>(
    (proposal.data?.entries ?? []).map((e) => [
      e.nominationId,
      { nominationId: e.nominationId, name: e.nomineeName, kind: e.nomineeKind, position: e.position, unitCode: e.unitCode },
    ]),
  );
  const everyone = [...d.nominationIds, ...d.struck.map((s) => s.nominationId)];
  const missing = proposal.isPending && d.proposalId ? [] : everyone.filter((n) => !people.has(n));
  const nominations = useQueries({
    queries: missing.map((n) => ({
      queryKey: ['nomination', n],
      queryFn: () => unwrap(api.GET('/api/v1/nominations/{id}', { params: { path: { id: n } } })),
      staleTime: 60_000,
    })),
  });
  for (const n of nominations) {
    if (n.data)
      people.set(n.data.id, {
        nominationId: n.data.id,
        name: n.data.nominee.fullName,
        kind: n.data.nominee.kind,
        position: n.data.nominee.position ?? null,
        unitCode: n.data.unitCode,
      });
  }
  return { people, loading: (!!d.proposalId && proposal.isPending) || nominations.some((n) => n.isPending) };
}

function DecisionView({ decision: d }: { decision: Decision }) {
  const organisation = useOrganisation();
  const { message } = App.useApp();
  const { people, loading } = usePeople(d);
  const narrow = !Grid.useBreakpoint().md;
  const [busy, setBusy] = useState<'pdf' | 'html' | null>(null);
  const documentPath = (format: 'pdf' | 'html') => `/api/v1/decisions/${d.id}/document?format=${format}`;
  const fileName = `Quyết định số ${d.number.replaceAll('/', '-')}`;
  const person = (nominationId: string): Person =>
    people.get(nominationId) ?? { nominationId, name: loading ? 'Đang tải…' : 'Hồ sơ', kind: '', position: null, unitCode: '' };
  const annex = d.nominationIds.map(person);
  const struck = d.struck.map((s) => ({ ...person(s.nominationId), reason: s.reason }));

  async function run(format: 'pdf' | 'html') {
    setBusy(format);
    try {
      if (format === 'pdf') await download(documentPath('pdf'), `${fileName}.pdf`);
      else await openDocument(documentPath('html'));
    } catch (e) {
      void message.error((e as Error).message);
    } finally {
      setBusy(null);
    }
  }

  return (
    <>
      <Typography.Title level={1}>Quyết định số {d.number}</Typography.Title>
      <Typography.Paragraph type="secondary">Về việc công nhận danh hiệu Điển hình tiên tiến · Đợt {d.cycleCode}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <Button type="primary" icon={<DownloadOutlined />} loading={busy === 'pdf'} onClick={() => void run('pdf')}>
          Tải bản PDF
        </Button>
        <Button icon={<EyeOutlined />} loading={busy === 'html'} onClick={() => void run('html')}>
          Xem bản HTML
        </Button>
      </Space>
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <WrappingCard title="Thông tin quyết định">
          <Descriptions
            size="small"
            column={1}
            layout={narrow ? 'vertical' : 'horizontal'}
            items={[
              { key: 'number', label: 'Số quyết định', children: d.number },
              { key: 'date', label: 'Ngày ký', children: formatDate(d.signedAt) },
              {
                key: 'signer',
                label: 'Người ký',
                children: (
                  <div style={{ display: 'flex', flexDirection: 'column' }}>
                    <span>{d.onBehalfOf ? 'KT. BỘ TRƯỞNG / THỨ TRƯỞNG' : 'BỘ TRƯỞNG'}</span>
                    <span>{d.signer.fullName}</span>
                  </div>
                ),
              },
              ...(d.onBehalfOf ? [{ key: 'behalf', label: 'Ký thay', children: `Bộ trưởng ${d.onBehalfOf.fullName}` }] : []),
              { key: 'count', label: 'Số người/tập thể được công nhận', children: d.nominationIds.length },
              ...(d.proposalId
                ? [
                    {
                      key: 'proposal',
                      label: 'Căn cứ',
                      children: <Link to={paths.proposal(d.proposalId)}>Tờ trình của Thường trực Hội đồng</Link>,
                    },
                  ]
                : []),
            ]}
          />
        </WrappingCard>
        <WrappingCard title={`Danh sách kèm theo Quyết định số ${d.number}`}>
          <ResponsiveTable<Person>
            label="Danh sách được công nhận"
            rows={annex}
            rowKey={(p) => p.nominationId}
            loading={loading}
            empty="Quyết định không công nhận ai"
            columns={[
              { key: 'no', title: 'STT', width: 64, render: (_, i) => i + 1 },
              {
                key: 'name',
                title: 'Họ và tên / tên tập thể',
                primary: true,
                render: (p) => <Link to={paths.nomination(p.nominationId)}>{p.name}</Link>,
              },
              { key: 'kind', title: 'Loại', render: (p) => NOMINEE_KIND_LABELS[p.kind] ?? '—' },
              { key: 'position', title: 'Chức vụ', render: (p) => p.position ?? '—' },
              { key: 'unit', title: 'Đơn vị', render: (p) => (p.unitCode ? organisation.unitName(p.unitCode) : '—') },
            ]}
          />
        </WrappingCard>
        {struck.length > 0 && (
          <WrappingCard title={`Không công nhận (${struck.length})`}>
            <ResponsiveTable<Person & { reason: string }>
              label="Không công nhận"
              rows={struck}
              rowKey={(p) => p.nominationId}
              empty="—"
              columns={[
                {
                  key: 'name',
                  title: 'Họ và tên / tên tập thể',
                  primary: true,
                  render: (p) => <Link to={paths.nomination(p.nominationId)}>{p.name}</Link>,
                },
                { key: 'unit', title: 'Đơn vị', render: (p) => (p.unitCode ? organisation.unitName(p.unitCode) : '—') },
                { key: 'reason', title: 'Lý do', render: (p) => p.reason },
              ]}
            />
          </WrappingCard>
        )}
      </Space>
      {!loading && annex.some((p) => !p.unitCode) && (
        <Alert type="info" showIcon title="Một số hồ sơ không đọc được; bạn có thể không có quyền xem hồ sơ đó." />
      )}
    </>
  );
}
