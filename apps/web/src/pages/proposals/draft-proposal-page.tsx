import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { useOrganisation } from '../../api/organisation';
import type { DraftCandidate, ProposalDraft } from '../../api/types';
import { paths } from '../../app/routes';
import { showApiError } from '../../components/api-form';
import { useConfirm } from '../../components/confirm';
import { PageError } from '../../components/page-error';
import { WrappingCard } from '../../components/wrapping-card';
import { ResponsiveTable, type Column } from '../../components/responsive-table';
import { NOMINEE_KIND_LABELS } from '../../i18n/labels';

/** What the API records for a candidate the standing office leaves off the engine's list. */
const DROPPED = 'Thường trực Hội đồng không đưa vào tờ trình đề nghị Bộ trưởng công nhận.';

interface Values {
  justification?: string;
}

/** The standing office's proposal (tờ trình), starting from the engine's ranked list cut at the quota. */
export default function DraftProposalPage() {
  const { code = '' } = useParams();
  const cycle = useQuery({
    queryKey: ['cycle', code],
    queryFn: () => unwrap(api.GET('/api/v1/cycles/{code}', { params: { path: { code } } })),
  });
  const draft = useQuery({
    queryKey: ['cycle', code, 'proposal-draft'],
    queryFn: () => unwrap(api.GET('/api/v1/cycles/{code}/proposals/draft', { params: { path: { code } } })),
    // The list is the starting point of the officer's edits: it must not change under them.
    refetchOnWindowFocus: false,
  });

  return (
    <>
      <Typography.Title level={1}>Lập tờ trình đề nghị công nhận</Typography.Title>
      <Typography.Paragraph type="secondary">
        <Link to={paths.cycle(code)}>{cycle.data?.title ?? `Đợt ${code}`}</Link>
      </Typography.Paragraph>
      {draft.isPending ? (
        <Spin tip="Đang tải danh sách…" />
      ) : draft.isError ? (
        <PageError error={draft.error} />
      ) : (
        <DraftEditor cycleCode={code} draft={draft.data} />
      )}
    </>
  );
}

function DraftEditor({ cycleCode, draft }: { cycleCode: string; draft: ProposalDraft }) {
  const organisation = useOrganisation();
  const navigate = useNavigate();
  const confirm = useConfirm();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const all = [...draft.proposed, ...draft.leftOut];
  const byId = new Map(all.map((c) => [c.nominationId, c]));
  const [chosen, setChosen] = useState<string[]>(() => draft.proposed.map((c) => c.nominationId));
  const onList = chosen.map((id) => byId.get(id) as DraftCandidate);
  const offList = all.filter((c) => !chosen.includes(c.nominationId)).sort((a, b) => a.rank - b.rank);
  const over = chosen.length - draft.quota;
  const suggested = new Set(draft.proposed.map((c) => c.nominationId));

  const submit = useMutation({
    mutationFn: (v: Values) =>
      unwrap(
        api.POST('/api/v1/cycles/{code}/proposals', {
          params: { path: { code: cycleCode } },
          body: { nominationIds: chosen, ...(over > 0 ? { justification: v.justification?.trim() } : {}) },
        }),
      ),
    onSuccess: async (proposal) => {
      await Promise.all([
        client.invalidateQueries({ queryKey: ['cycle', cycleCode] }),
        client.invalidateQueries({ queryKey: ['proposals'] }),
      ]);
      void message.success('Đã trình Bộ trưởng tờ trình đề nghị công nhận.');
      void navigate(paths.proposal(proposal.id));
    },
    onError: (err) => setError(showApiError(form, err)),
  });

  const move = (id: string, by: -1 | 1) =>
    setChosen((list) => {
      const i = list.indexOf(id);
      const j = i + by;
      if (j < 0 || j >= list.length) return list;
      const next = [...list];
      [next[i], next[j]] = [next[j], next[i]];
      return next;
    });

  async function send(v: Values) {
    setError(null);
    const ok = await confirm({
      title: `Trình Bộ trưởng danh sách ${chosen.length} người/tập thể?`,
      content: (
        <ul>
          <li>
            Bộ trưởng (hoặc Thứ trưởng ký thay) nhận tờ trình đề nghị công nhận {chosen.length} người/tập thể
            {over > 0 ? `, vượt chỉ tiêu ${draft.quota} (${over} hồ sơ), kèm lý do đã nêu` : ''}.
          </li>
          {offList.length > 0 && (
            <li>
              {offList.length} hồ sơ đã được Hội đồng thông qua nhưng không có trong danh sách; khi Bộ trưởng ký quyết định, các hồ sơ này
              kết thúc và đơn vị được thông báo lý do.
            </li>
          )}
          <li>Trong khi chờ Bộ trưởng quyết định, không lập được tờ trình khác của đợt.</li>
        </ul>
      ),
      okText: 'Trình Bộ trưởng',
    });
    if (ok) submit.mutate(v);
  }

  const common: Column<DraftCandidate>[] = [
    { key: 'name', title: 'Họ và tên / tên tập thể', primary: true, render: (c) => c.nomineeName },
    { key: 'kind', title: 'Loại', render: (c) => NOMINEE_KIND_LABELS[c.nomineeKind] ?? c.nomineeKind },
    { key: 'unit', title: 'Đơn vị', render: (c) => organisation.unitName(c.unitCode) },
    { key: 'support', title: 'Hội đồng đồng ý', align: 'right', render: (c) => `${c.councilAgree}/${c.councilMembers}` },
    { key: 'score', title: 'Điểm của khối', align: 'right', render: (c) => c.blockScore },
  ];

  if (all.length === 0) {
    return (
      <Alert
        type="info"
        showIcon
        title="Chưa có hồ sơ để đưa vào tờ trình"
        description="Chưa có hồ sơ nào được Hội đồng thông qua mà chưa có trong một tờ trình của đợt."
      />
    );
  }

  return (
    <Form<Values> form={form} layout="vertical" onFinish={send}>
      <Typography.Paragraph>
        Danh sách do hệ thống xếp hạng theo số thành viên Hội đồng đồng ý, điểm của khối và quy định phân bổ của đợt, trong chỉ tiêu{' '}
        {draft.quota}. Thường trực Hội đồng có thể bỏ bớt, bổ sung hoặc đổi thứ tự trước khi trình Bộ trưởng.
      </Typography.Paragraph>
      {draft.shortfalls.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title="Chưa bảo đảm quy định phân bổ"
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {draft.shortfalls.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <WrappingCard
          title={
            <span>
              Danh sách đề nghị công nhận{' '}
              <Tag color={over > 0 ? 'warning' : 'processing'}>
                {chosen.length}/{draft.quota} chỉ tiêu
              </Tag>
            </span>
          }
        >
          <ResponsiveTable<DraftCandidate>
            label="Danh sách đề nghị công nhận"
            rows={onList}
            rowKey={(c) => c.nominationId}
            empty="Danh sách trống: hãy đưa vào ít nhất một hồ sơ"
            columns={[
              { key: 'rank', title: 'Thứ tự', width: 72, render: (_, i) => i + 1 },
              ...common,
              {
                key: 'note',
                title: 'Ghi chú',
                render: (c) =>
                  suggested.has(c.nominationId) ? (
                    (c.reasons ?? []).join('; ') || '—'
                  ) : (
                    <Tag color="warning">Bổ sung ngoài danh sách gợi ý</Tag>
                  ),
              },
              {
                key: 'actions',
                title: 'Thao tác',
                render: (c, i) => (
                  <Space wrap size={4}>
                    <Button
                      size="small"
                      icon={<ArrowUpOutlined />}
                      aria-label={`Đưa ${c.nomineeName} lên trên`}
                      disabled={i === 0}
                      onClick={() => move(c.nominationId, -1)}
                    />
                    <Button
                      size="small"
                      icon={<ArrowDownOutlined />}
                      aria-label={`Đưa ${c.nomineeName} xuống dưới`}
                      disabled={i === chosen.length - 1}
                      onClick={() => move(c.nominationId, 1)}
                    />
                    <Button
                      size="small"
                      danger
                      aria-label={`Bỏ ${c.nomineeName} khỏi danh sách`}
                      onClick={() => setChosen((list) => list.filter((id) => id !== c.nominationId))}
                    >
                      Bỏ khỏi danh sách
                    </Button>
                  </Space>
                ),
              },
            ]}
          />
        </WrappingCard>

        <WrappingCard title={`Hồ sơ đã được Hội đồng thông qua, chưa có trong danh sách (${offList.length})`}>
          <ResponsiveTable<DraftCandidate>
            label="Hồ sơ chưa có trong danh sách"
            rows={offList}
            rowKey={(c) => c.nominationId}
            empty="Mọi hồ sơ được Hội đồng thông qua đều có trong danh sách"
            columns={[
              { key: 'rank', title: 'Xếp hạng', width: 80, render: (c) => c.rank },
              ...common,
              { key: 'why', title: 'Lý do chưa đưa vào', render: (c) => (suggested.has(c.nominationId) ? DROPPED : c.explanation) },
              {
                key: 'actions',
                title: 'Thao tác',
                render: (c) => (
                  <Button
                    size="small"
                    aria-label={`Đưa ${c.nomineeName} vào danh sách`}
                    onClick={() => setChosen((list) => [...list, c.nominationId])}
                  >
                    Đưa vào danh sách
                  </Button>
                ),
              },
            ]}
          />
        </WrappingCard>

        <WrappingCard title="Trình Bộ trưởng">
          {over > 0 && (
            <Alert
              type="warning"
              showIcon
              role="status"
              title={`Danh sách có ${chosen.length} hồ sơ, vượt chỉ tiêu ${draft.quota} (${over} hồ sơ)`}
              description="Đề nghị vượt chỉ tiêu phải nêu lý do bằng văn bản để Bộ trưởng xem xét."
              style={{ marginBottom: 16 }}
            />
          )}
          {over > 0 && (
            <Form.Item
              label="Lý do đề nghị vượt chỉ tiêu"
              name="justification"
              rules={[{ required: true, whitespace: true, message: 'Vui lòng nêu lý do đề nghị vượt chỉ tiêu' }]}
            >
              <Input.TextArea rows={4} maxLength={5000} showCount />
            </Form.Item>
          )}
          {error && <Alert type="error" showIcon title={error} role="alert" style={{ marginBottom: 12 }} />}
          <Button type="primary" htmlType="submit" loading={submit.isPending} disabled={chosen.length === 0}>
            Trình Bộ trưởng
          </Button>
        </WrappingCard>
      </Space>
    </Form>
  );
}
