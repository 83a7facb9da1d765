import { Alert, Button, Card, Form, Input, Radio, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import type { CouncilSession } from '../../api/types';
import { showApiError } from '../../components/api-form';
import { useConfirm } from '../../components/confirm';
import { CHOICE_LABELS, CHOICES, type Choice } from '../../i18n/session-labels';
import { useSessionAction } from './use-session-action';

interface Values {
  member: string;
  documentId?: string;
  choices: Record<string, Choice>;
}

/**
 * The standing office records the written opinion (ý kiến bằng văn bản) of a member who cannot
 * attend: the letter's choices count as that member's ballot, once.
 */
export function WrittenOpinionForm({ session: s }: { session: CouncilSession }) {
  const [form] = Form.useForm<Values>();
  const confirm = useConfirm();
  const [error, setError] = useState<string | null>(null);
  const member = Form.useWatch('member', form);
  const record = useSessionAction(
    s.id,
    (v: Values) =>
      unwrap(
        api.POST('/api/v1/council-sessions/{id}/written-opinions', {
          params: { path: { id: s.id } },
          body: {
            member: v.member,
            ...(v.documentId?.trim() ? { documentId: v.documentId.trim() } : {}),
            choices: Object.entries(v.choices ?? {}).map(([nominationId, choice]) => ({ nominationId, choice })),
          },
        }),
      ),
    'Đã ghi nhận ý kiến bằng văn bản.',
  );
  const voted = new Set(s.received.map((r) => r.member));
  const absent = s.members.filter((m) => !voted.has(m.username));
  const recused = new Set(s.recusals.filter((r) => r.member === member).map((r) => r.nominationId));
  const fullName = (username: string) => s.members.find((m) => m.username === username)?.fullName ?? username;

  async function send(v: Values) {
    setError(null);
    const ok = await confirm({
      title: `Ghi nhận ý kiến bằng văn bản của đồng chí ${fullName(v.member)}?`,
      content: 'Ý kiến được tính là phiếu bầu của thành viên này và không sửa được.',
      okText: 'Ghi nhận',
    });
    if (ok)
      record.mutate(v, {
        onSuccess: () => form.resetFields(),
        onError: (err) => setError(showApiError(form, err)),
      });
  }

  if (!absent.length) return null;
  return (
    <Card size="small" title="Ghi nhận ý kiến bằng văn bản của thành viên vắng mặt" style={{ marginTop: 16 }}>
      <Form<Values> form={form} layout="vertical" onFinish={send} style={{ maxWidth: 720 }}>
        <Form.Item label="Thành viên" name="member" rules={[{ required: true, message: 'Vui lòng chọn thành viên' }]}>
          <Select options={absent.map((m) => ({ value: m.username, label: `${m.fullName} — ${m.title}` }))} />
        </Form.Item>
        <Form.Item label="Số, ký hiệu văn bản" name="documentId" extra="Văn bản ý kiến của thành viên, ví dụ 125/CV-VPB ngày 14/05">
          <Input maxLength={200} />
        </Form.Item>
        {member && (
          <Space direction="vertical" style={{ width: '100%' }}>
            {s.agenda.map((item, i) =>
              recused.has(item.nominationId) ? (
                <Typography.Text key={item.nominationId} type="secondary">
                  {i + 1}. {item.nomineeName}: thành viên không bỏ phiếu cho hồ sơ này.
                </Typography.Text>
              ) : (
                <Form.Item
                  key={item.nominationId}
                  label={`${i + 1}. ${item.nomineeName}`}
                  name={['choices', item.nominationId]}
                  rules={[{ required: true, message: 'Vui lòng chọn ý kiến của thành viên' }]}
                >
                  <Radio.Group
                    aria-label={`Ý kiến cho ${item.nomineeName}`}
                    optionType="button"
                    options={CHOICES.map((c) => ({ value: c, label: CHOICE_LABELS[c] }))}
                  />
                </Form.Item>
              ),
            )}
          </Space>
        )}
        {error && <Alert type="error" showIcon title={error} role="alert" style={{ marginBottom: 12 }} />}
        <Button type="primary" htmlType="submit" loading={record.isPending}>
          Ghi nhận ý kiến
        </Button>
      </Form>
    </Card>
  );
}
