import { useQuery } from '@tanstack/react-query';
import { Button, Card, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { useOrganisation } from '../../api/organisation';
import type { AgendaItem, CouncilSession } from '../../api/types';
import { paths } from '../../app/routes';
import { NOMINEE_KIND_LABELS } from '../../i18n/labels';
import { useSessionAction } from './use-session-action';

type Result = NonNullable<CouncilSession['results']>[number];

const editAgenda = (id: string, body: { add?: string[]; remove?: string[] }) =>
  unwrap(api.POST('/api/v1/council-sessions/{id}/agenda', { params: { path: { id } }, body }));

/**
 * The candidates on the session's ballot sheet; after a close with quorum, each one's count and
 * outcome (never who chose what). While the session is being prepared, the standing office adds
 * and removes candidates.
 */
export function AgendaTable({ session: s, editable }: { session: CouncilSession; editable: boolean }) {
  const organisation = useOrganisation();
  const results = new Map((s.results ?? []).map((r) => [r.nominationId, r]));
  const remove = useSessionAction(
    s.id,
    (nominationId: string) => editAgenda(s.id, { remove: [nominationId] }),
    'Đã bỏ hồ sơ khỏi chương trình.',
  );
  const count = (key: keyof Result['tally']) => ({
    title: COUNT_TITLES[key],
    key,
    align: 'right' as const,
    responsive: ['md' as const],
    render: (_: unknown, item: AgendaItem) => results.get(item.nominationId)?.tally[key] ?? '',
  });

  return (
    <Card
      size="small"
      title={`Chương trình phiên họp: ${s.agenda.length} hồ sơ`}
      style={{ marginTop: 16 }}
      extra={editable ? <AddCandidate session={s} /> : null}
    >
      <Table<AgendaItem>
        rowKey="nominationId"
        size="small"
        pagination={false}
        dataSource={s.agenda}
        columns={[
          { title: 'STT', key: 'n', width: 56, responsive: ['sm'], render: (_, __, i) => i + 1 },
          {
            title: 'Người / tập thể được đề nghị',
            dataIndex: 'nomineeName',
            render: (name: string, item) => <Link to={paths.nomination(item.nominationId)}>{name}</Link>,
          },
          { title: 'Đơn vị', dataIndex: 'unitCode', responsive: ['md'], render: (code: string) => organisation.unitName(code) },
          { title: 'Loại', dataIndex: 'nomineeKind', responsive: ['lg'], render: (k: string) => NOMINEE_KIND_LABELS[k] ?? k },
          { title: 'Điểm của khối', dataIndex: 'blockScore', align: 'right', responsive: ['lg'], render: (v: number | null) => v ?? '—' },
          ...(s.results ? (['agree', 'disagree', 'abstain', 'recused', 'notVoted'] as const).map(count) : []),
          ...(s.results
            ? [
                {
                  title: 'Kết quả',
                  key: 'outcome',
                  render: (_: unknown, item: AgendaItem) => {
                    const r = results.get(item.nominationId);
                    if (!r) return '—';
                    return (
                      <Space direction="vertical" size={0}>
                        <Tag color={r.passed ? 'success' : 'error'}>{r.passed ? 'Được thông qua' : 'Không được thông qua'}</Tag>
                        <span>cần {r.agreesNeeded} phiếu đồng ý</span>
                      </Space>
                    );
                  },
                },
              ]
            : []),
          ...(editable
            ? [
                {
                  title: '',
                  key: 'remove',
                  render: (_: unknown, item: AgendaItem) => (
                    <Button
                      size="small"
                      loading={remove.isPending && remove.variables === item.nominationId}
                      onClick={() => remove.mutate(item.nominationId)}
                      aria-label={`Bỏ ${item.nomineeName} khỏi chương trình`}
                    >
                      Bỏ khỏi chương trình
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}

const COUNT_TITLES: Record<keyof Result['tally'], string> = {
  agree: 'Đồng ý',
  disagree: 'Không đồng ý',
  abstain: 'Không biểu quyết',
  recused: 'Không tham gia (xung đột lợi ích)',
  notVoted: 'Không bỏ phiếu',
  members: 'Tổng số thành viên',
};

/** Candidates endorsed by their block and on no session: the standing office may add them while preparing. */
function AddCandidate({ session: s }: { session: CouncilSession }) {
  const [picked, setPicked] = useState<string[]>([]);
  const waiting = useQuery({
    queryKey: ['nominations', 'waiting-for-session', s.cycleCode],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/nominations', {
          params: { query: { cycle: s.cycleCode, stage: 'COUNCIL_VOTE', status: 'IN_PROGRESS', pageSize: 100 } },
        }),
      ),
  });
  const add = useSessionAction(s.id, (ids: string[]) => editAgenda(s.id, { add: ids }), 'Đã thêm hồ sơ vào chương trình.');
  const onAgenda = new Set(s.agenda.map((i) => i.nominationId));
  const options = (waiting.data?.items ?? [])
    .filter((n) => !onAgenda.has(n.id) && !n.councilSessionId)
    .map((n) => ({ value: n.id, label: `${n.nominee.fullName} (${n.unitCode})` }));
  return (
    <Space wrap>
      <Select
        mode="multiple"
        allowClear
        aria-label="Hồ sơ chờ đưa vào phiên họp"
        placeholder={options.length ? 'Chọn hồ sơ chờ phiên họp' : 'Không có hồ sơ nào đang chờ'}
        style={{ minWidth: 280 }}
        value={picked}
        onChange={setPicked}
        options={options}
        loading={waiting.isPending}
      />
      <Button disabled={!picked.length} loading={add.isPending} onClick={() => add.mutate(picked, { onSuccess: () => setPicked([]) })}>
        Thêm vào chương trình
      </Button>
    </Space>
  );
}
