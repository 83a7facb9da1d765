import { Alert, Button, Card, Form, Radio, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { useOrganisation } from '../../api/organisation';
import type { CouncilSession } from '../../api/types';
import { showApiError } from '../../components/api-form';
import { useConfirm } from '../../components/confirm';
import { NOMINEE_KIND_LABELS } from '../../i18n/labels';
import { CHOICE_LABELS, CHOICES, RECUSAL_LABELS, type Choice } from '../../i18n/session-labels';
import { formatDateTime } from '../../time/hanoi';
import { DeclareConflictButton } from './declare-conflict';
import { useSessionAction } from './use-session-action';

interface Values {
  choices: Record<string, Choice>;
}

const castBallot = (taskId: string, choices: Record<string, Choice>) =>
  unwrap(
    api.POST('/api/v1/tasks/{id}/complete', {
      params: { path: { id: taskId } },
      body: { choices: Object.entries(choices).map(([nominationId, choice]) => ({ nominationId, choice })) },
    }),
  );

/**
 * A member's ballot sheet (phiếu bầu): one choice for every candidate they are not recused for,
 * cast once for the whole sheet. Laid out for a phone: one candidate a card, big choices.
 */
export function BallotSheet({ session: s, taskId, member }: { session: CouncilSession; taskId: string; member: string }) {
  const [form] = Form.useForm<Values>();
  const confirm = useConfirm();
  const organisation = useOrganisation();
  const [error, setError] = useState<string | null>(null);
  const cast = useSessionAction(s.id, (v: Values) => castBallot(taskId, v.choices), 'Đã ghi nhận phiếu bầu của đồng chí.');
  const recusals = new Map(s.recusals.filter((r) => r.member === member).map((r) => [r.nominationId, r]));
  const onSheet = s.agenda.filter((i) => !recusals.has(i.nominationId));

  if (s.received.some((r) => r.member === member)) {
    return (
      <Card title="Phiếu bầu của đồng chí">
        <Alert
          type="success"
          showIcon
          title="Đồng chí đã bỏ phiếu."
          description="Phiếu bầu được giữ kín: không ai, kể cả quản trị hệ thống, biết đồng chí đã chọn gì. Kết quả chỉ được công bố khi kết thúc bỏ phiếu, nếu đủ số thành viên tham gia."
        />
      </Card>
    );
  }

  async function send(v: Values) {
    setError(null);
    const counts = CHOICES.map((c) => `${CHOICE_LABELS[c]}: ${Object.values(v.choices).filter((x) => x === c).length}`).join('; ');
    const ok = await confirm({
      title: 'Bỏ phiếu cho cả danh sách?',
      content: `${counts}. Phiếu chỉ được bỏ một lần và không sửa được. Lựa chọn của đồng chí được giữ kín.`,
      okText: 'Bỏ phiếu',
    });
    if (ok) cast.mutate(v, { onError: (err) => setError(showApiError(form, err)) });
  }

  return (
    <Card title="Phiếu bầu của đồng chí">
      <Typography.Paragraph>
        Hạn bỏ phiếu: <strong>{formatDateTime(s.dueAt)}</strong>. Chọn một phương án cho từng người / tập thể dưới đây rồi bỏ phiếu một lần
        cho cả danh sách.
      </Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" onFinish={send}>
        {s.agenda.map((item, i) => {
          const recusal = recusals.get(item.nominationId);
          return (
            <Card
              key={item.nominationId}
              size="small"
              type="inner"
              style={{ marginBottom: 12 }}
              title={<span style={{ whiteSpace: 'normal' }}>{`${i + 1}. ${item.nomineeName}`}</span>}
            >
              <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
                {NOMINEE_KIND_LABELS[item.nomineeKind] ?? item.nomineeKind} · {organisation.unitName(item.unitCode)}
                {item.blockScore !== null ? ` · Điểm của khối: ${item.blockScore}` : ''}
              </Typography.Paragraph>
              {recusal ? (
                <Alert
                  type="info"
                  showIcon
                  title={`Đồng chí không bỏ phiếu cho hồ sơ này: ${RECUSAL_LABELS[recusal.reason] ?? recusal.reason}.`}
                />
              ) : (
                <Form.Item
                  name={['choices', item.nominationId]}
                  label={`Phiếu cho ${item.nomineeName}`}
                  rules={[{ required: true, message: 'Vui lòng chọn một phương án' }]}
                  style={{ marginBottom: 0 }}
                >
                  <Radio.Group
                    aria-label={`Phiếu cho ${item.nomineeName}`}
                    options={CHOICES.map((c) => ({ value: c, label: CHOICE_LABELS[c] }))}
                    style={{ display: 'flex', flexDirection: 'column', gap: 12 }}
                  />
                </Form.Item>
              )}
              {!recusal && <DeclareConflictButton session={s} item={item} />}
            </Card>
          );
        })}
        {error && <Alert type="error" showIcon title={error} role="alert" style={{ marginBottom: 12 }} />}
        <Button type="primary" htmlType="submit" size="large" loading={cast.isPending} block disabled={onSheet.length === 0}>
          Bỏ phiếu
        </Button>
      </Form>
    </Card>
  );
}
