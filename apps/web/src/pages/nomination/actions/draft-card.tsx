import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Form, Input, InputNumber, List, Modal, Space, Switch, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import type { EditNominationBody, Nomination } from '../../../api/types';
import { showApiError } from '../../../components/api-form';
import { useConfirm } from '../../../components/confirm';
import { formatDateTime } from '../../../time/hanoi';
import { ReasonedAction } from './reasoned-action';
import { UploadDocumentAction } from './upload-document';
import { useNominationAction } from './use-nomination-action';

/** The documents the cycle requires, each ticked when the dossier has a file of its kind. */
export function RequiredDocuments({ nomination: n, editable = false }: { nomination: Nomination; editable?: boolean }) {
  const cycle = useQuery({
    queryKey: ['cycle', n.cycleCode],
    queryFn: () => unwrap(api.GET('/api/v1/cycles/{code}', { params: { path: { code: n.cycleCode } } })),
  });
  const required = cycle.data?.requiredDocuments ?? [];
  if (required.length === 0) return null;
  const has = (kind: string) => n.documents.some((d) => d.kind === kind && d.id);
  return (
    <List
      size="small"
      header={<b>Tài liệu bắt buộc</b>}
      dataSource={required}
      renderItem={(doc) => (
        <List.Item
          actions={
            editable ? [<UploadDocumentAction key="up" nomination={n} preset={doc} label={has(doc.kind) ? 'Thay tệp' : 'Tải lên'} />] : []
          }
        >
          <span>
            <span aria-label={has(doc.kind) ? 'Đã có' : 'Còn thiếu'}>{has(doc.kind) ? '✓' : '✗'}</span> {doc.title}
            {!has(doc.kind) && <Typography.Text type="danger"> — còn thiếu</Typography.Text>}
          </span>
        </List.Item>
      )}
    />
  );
}

type EditValues = Omit<EditNominationBody, 'nominee'> & {
  nominee?: Omit<NonNullable<EditNominationBody['nominee']>, 'dateOfBirth'> & { dateOfBirth?: Dayjs };
};

/** The unit changes its dossier (a draft, or under revision): the fields it may change, in a dialog. */
export function EditDossierAction({ nomination: n }: { nomination: Nomination }) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<EditValues>();
  const [error, setError] = useState<string | null>(null);
  const edit = useNominationAction(
    n.id,
    (body: EditNominationBody) => unwrap(api.PATCH('/api/v1/nominations/{id}', { params: { path: { id: n.id } }, body })),
    'Đã lưu thay đổi của hồ sơ.',
  );
  const individual = n.nominee.kind === 'INDIVIDUAL';
  return (
    <>
      <Button onClick={() => setOpen(true)}>Sửa hồ sơ</Button>
      <Modal
        open={open}
        title="Sửa hồ sơ"
        okText="Lưu thay đổi"
        cancelText="Hủy"
        okButtonProps={{ loading: edit.isPending }}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form<EditValues>
          form={form}
          layout="vertical"
          initialValues={{
            nominee: { ...n.nominee, dateOfBirth: n.nominee.dateOfBirth ? dayjs(n.nominee.dateOfBirth) : undefined },
            achievements: n.achievements,
          }}
          onFinish={(v) => {
            setError(null);
            const nominee = v.nominee && { ...v.nominee, dateOfBirth: v.nominee.dateOfBirth?.format('YYYY-MM-DD') };
            edit.mutate({ ...v, nominee }, { onSuccess: () => setOpen(false), onError: (err) => setError(showApiError(form, err)) });
          }}
        >
          <Form.Item
            label="Họ và tên / tên tập thể"
            name={['nominee', 'fullName']}
            rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập họ và tên' }]}
          >
            <Input maxLength={200} />
          </Form.Item>
          {individual && (
            <Form.Item label="Ngày sinh" name={['nominee', 'dateOfBirth']} rules={[{ required: true, message: 'Vui lòng chọn ngày sinh' }]}>
              <DatePicker format="DD/MM/YYYY" disabledDate={(d) => !d.isBefore(dayjs(), 'day')} style={{ width: 200 }} />
            </Form.Item>
          )}
          <Form.Item label="Chức vụ" name={['nominee', 'position']}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item
            label="Lĩnh vực công tác"
            name={['nominee', 'field']}
            rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập lĩnh vực' }]}
          >
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item label="Số năm liên tục đạt danh hiệu thi đua" name={['nominee', 'continuousYears']}>
            <InputNumber min={0} max={60} precision={0} />
          </Form.Item>
          <Form.Item label="Công tác ở vùng sâu, vùng xa, biên giới, hải đảo" name={['nominee', 'remoteArea']} valuePropName="checked">
            <Switch checkedChildren="Có" unCheckedChildren="Không" />
          </Form.Item>
          <Form.Item
            label="Tóm tắt thành tích"
            name="achievements"
            rules={[{ required: true, whitespace: true, message: 'Vui lòng nêu thành tích' }]}
          >
            <Input.TextArea rows={6} maxLength={20000} showCount />
          </Form.Item>
        </Form>
        {error && <Alert type="error" showIcon title={error} role="alert" />}
      </Modal>
    </>
  );
}

/** A draft, for its unit: what is still missing, the dossier to edit, and the submission (or discarding it). */
export function DraftCard({ nomination: n }: { nomination: Nomination }) {
  const confirm = useConfirm();
  const [error, setError] = useState<string | null>(null);
  // A refusal about missing documents is stale once a document arrives.
  const documents = n.documents.length;
  useEffect(() => setError(null), [documents]);
  const submit = useNominationAction(
    n.id,
    () => unwrap(api.POST('/api/v1/nominations/{id}/submit', { params: { path: { id: n.id } } })),
    'Đã nộp hồ sơ; khối thi đua sẽ xét duyệt.',
  );
  const cutoff = useQuery({
    queryKey: ['cycle', n.cycleCode],
    queryFn: () => unwrap(api.GET('/api/v1/cycles/{code}', { params: { path: { code: n.cycleCode } } })),
  }).data?.submissionCutoff;
  return (
    <Card title="Bản nháp hồ sơ">
      <Typography.Paragraph>
        Bản nháp chỉ đơn vị xem được và chưa phải hồ sơ đã nộp.{cutoff ? ` Hạn nộp: ${formatDateTime(cutoff)}.` : ''} Bản nháp chưa nộp khi
        hết hạn sẽ được lưu lại nhưng không được xét.
      </Typography.Paragraph>
      <RequiredDocuments nomination={n} editable />
      {error && <Alert type="error" showIcon title={error} role="alert" style={{ margin: '12px 0' }} />}
      <Space wrap style={{ marginTop: 12 }}>
        <EditDossierAction nomination={n} />
        <UploadDocumentAction nomination={n} label="Tải tài liệu khác" />
        <Button
          type="primary"
          loading={submit.isPending}
          onClick={async () => {
            const ok = await confirm({
              title: 'Nộp hồ sơ đề nghị?',
              content: `Hồ sơ của ${n.nominee.fullName} được gửi tới khối thi đua để xét duyệt. Sau khi nộp, đơn vị chỉ sửa hồ sơ khi khối yêu cầu bổ sung.`,
              okText: 'Nộp hồ sơ',
            });
            if (ok) submit.mutate(undefined, { onSuccess: () => setError(null), onError: (err) => setError(err.message) });
          }}
        >
          Nộp hồ sơ
        </Button>
        <ReasonedAction
          nomination={n}
          label="Hủy bản nháp"
          consequences="Bản nháp được lưu lại trong lịch sử nhưng không còn được nộp. Người được đề nghị có thể được đề nghị lại bằng hồ sơ mới."
          reasonRequired={false}
          run={(reason) => unwrap(api.POST('/api/v1/nominations/{id}/withdraw', { params: { path: { id: n.id } }, body: { reason } }))}
          done="Đã hủy bản nháp."
        />
      </Space>
    </Card>
  );
}
