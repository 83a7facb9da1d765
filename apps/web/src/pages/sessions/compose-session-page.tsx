import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Form, Input, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { useOrganisation } from '../../api/organisation';
import type { Nomination } from '../../api/types';
import { paths } from '../../app/routes';
import { showApiError } from '../../components/api-form';
import { useConfirm } from '../../components/confirm';
import { formatDateTime, fromHanoiWallClock } from '../../time/hanoi';

interface Values {
  title: string;
  meetingAt: Dayjs;
}

/**
 * The standing office composes a council session: its title, when it meets, and its agenda, by
 * default every candidate endorsed by its block and on no other session.
 */
export default function ComposeSessionPage() {
  const { code = '' } = useParams();
  const [form] = Form.useForm<Values>();
  const navigate = useNavigate();
  const client = useQueryClient();
  const confirm = useConfirm();
  const organisation = useOrganisation();
  const [error, setError] = useState<string | null>(null);
  const [excluded, setExcluded] = useState<string[] | null>(null);
  const waiting = useQuery({
    queryKey: ['nominations', 'waiting-for-session', code],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/nominations', { params: { query: { cycle: code, stage: 'COUNCIL_VOTE', status: 'IN_PROGRESS', pageSize: 100 } } }),
      ),
  });
  const candidates = (waiting.data?.items ?? []).filter((n) => !n.councilSessionId);
  const chosen = candidates.filter((n) => !(excluded ?? []).includes(n.id)).map((n) => n.id);
  const compose = useMutation({
    mutationFn: (body: { title: string; meetingAt: string; nominationIds: string[] }) =>
      unwrap(api.POST('/api/v1/cycles/{code}/council-sessions', { params: { path: { code } }, body })),
    onSuccess: async (session) => {
      await client.invalidateQueries({ queryKey: ['council-sessions', code] });
      void navigate(paths.session(session.id));
    },
  });

  async function send(v: Values) {
    setError(null);
    const body = { title: v.title, meetingAt: fromHanoiWallClock(v.meetingAt), nominationIds: chosen };
    const ok = await confirm({
      title: 'Lập phiên họp?',
      content: `“${body.title}”, họp lúc ${formatDateTime(body.meetingAt)}, ${chosen.length} hồ sơ trên chương trình. Có thể thêm, bỏ hồ sơ cho đến khi mở bỏ phiếu.`,
      okText: 'Lập phiên họp',
    });
    if (ok) compose.mutate(body, { onError: (err) => setError(showApiError(form, err)) });
  }

  return (
    <>
      <Typography.Title level={1}>Lập phiên họp Hội đồng</Typography.Title>
      <Typography.Paragraph type="secondary">Đợt {code}</Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" onFinish={send} style={{ maxWidth: 960 }}>
        <Card size="small" title="Phiên họp" style={{ marginBottom: 16 }}>
          <Form.Item
            label="Tên phiên họp"
            name="title"
            rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập tên phiên họp' }]}
          >
            <Input maxLength={300} placeholder="Phiên họp thứ nhất Hội đồng Thi đua – Khen thưởng Bộ" />
          </Form.Item>
          <Form.Item
            label="Thời gian họp (giờ Hà Nội)"
            name="meetingAt"
            rules={[{ required: true, message: 'Vui lòng chọn thời gian họp' }]}
          >
            <DatePicker needConfirm={false} showTime={{ format: 'HH:mm' }} format="DD/MM/YYYY HH:mm" style={{ width: 260 }} />
          </Form.Item>
        </Card>
        <Card
          size="small"
          title={`Chương trình: ${chosen.length}/${candidates.length} hồ sơ đang chờ phiên họp`}
          style={{ marginBottom: 16 }}
        >
          <Table<Nomination>
            rowKey="id"
            size="small"
            loading={waiting.isPending}
            pagination={false}
            dataSource={candidates}
            locale={{ emptyText: 'Không có hồ sơ nào đã được khối đồng ý và đang chờ phiên họp' }}
            rowSelection={{
              selectedRowKeys: chosen,
              onChange: (keys) => setExcluded(candidates.filter((n) => !keys.includes(n.id)).map((n) => n.id)),
              getCheckboxProps: (n) => ({ 'aria-label': `Đưa ${n.nominee.fullName} vào chương trình` }),
            }}
            columns={[
              { title: 'Người / tập thể được đề nghị', key: 'name', render: (_, n) => n.nominee.fullName },
              { title: 'Đơn vị', dataIndex: 'unitCode', render: (c: string) => organisation.unitName(c) },
              { title: 'Khối thi đua', dataIndex: 'blockCode', render: (c: string) => organisation.blockName(c) },
            ]}
          />
        </Card>
        {error && <Alert type="error" showIcon title={error} role="alert" style={{ marginBottom: 16 }} />}
        <Button type="primary" htmlType="submit" size="large" loading={compose.isPending}>
          Lập phiên họp
        </Button>
      </Form>
    </>
  );
}
