import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Form, Input, InputNumber, Radio, Select, Space, Switch, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import type { SubmitNominationBody } from '../../api/types';
import { paths } from '../../app/routes';
import { useMe } from '../../auth/session';
import { showApiError } from '../../components/api-form';
import { useConfirm } from '../../components/confirm';
import { formatDateTime } from '../../time/hanoi';

type FormValues = Omit<SubmitNominationBody, 'nominee'> & {
  nominee: Omit<SubmitNominationBody['nominee'], 'dateOfBirth'> & { dateOfBirth?: Dayjs };
};

/**
 * A unit's proposal for one nominee: every field the API takes, checked as the API checks it.
 * Saved as a draft (the unit then uploads its documents and submits from the dossier's page), or
 * submitted at once when the cycle asks for no document, confirmed first (it goes straight to the block).
 */
export default function SubmitNominationPage() {
  const [form] = Form.useForm<FormValues>();
  const cycleCode = Form.useWatch('cycleCode', form);
  const kind = Form.useWatch(['nominee', 'kind'], form);
  const navigate = useNavigate();
  const client = useQueryClient();
  const confirm = useConfirm();
  const { me } = useMe();
  const [error, setError] = useState<string | null>(null);
  const cycles = useQuery({ queryKey: ['cycles'], queryFn: () => unwrap(api.GET('/api/v1/cycles')) });
  // The cycle whose cutoff comes first is the one to act on first.
  const open = (cycles.data ?? [])
    .filter((c) => c.submissionsOpen)
    .sort((a, b) => Date.parse(a.submissionCutoff) - Date.parse(b.submissionCutoff));
  useEffect(() => {
    if (open.length && !form.getFieldValue('cycleCode')) form.setFieldValue('cycleCode', open[0].code);
  }, [open, form]);
  const submit = useMutation({
    mutationFn: (body: SubmitNominationBody) => unwrap(api.POST('/api/v1/nominations', { body })),
    onSuccess: async (n) => {
      await client.invalidateQueries({ queryKey: ['nominations'] });
      void navigate(paths.nomination(n.id));
    },
  });

  const chosen = open.find((c) => c.code === cycleCode);
  const required = chosen?.requiredDocuments ?? [];

  function bodyOf(values: FormValues): SubmitNominationBody {
    const { dateOfBirth, ...nominee } = values.nominee;
    return {
      ...values,
      nominee: { ...nominee, ...(nominee.kind === 'INDIVIDUAL' && dateOfBirth && { dateOfBirth: dateOfBirth.format('YYYY-MM-DD') }) },
      initiatives: (values.initiatives ?? []).filter((i) => i?.trim()),
    };
  }

  /** A draft is checked as the API checks it, then saved without asking: nothing is sent to anyone. */
  async function saveDraft() {
    setError(null);
    const values = await form.validateFields().catch(() => null);
    if (values) submit.mutate({ ...bodyOf(values), draft: true }, { onError: (err) => setError(showApiError(form, err)) });
  }

  async function send(values: FormValues) {
    setError(null);
    const body = bodyOf(values);
    const cycle = chosen;
    const ok = await confirm({
      title: 'Nộp hồ sơ đề nghị?',
      content: (
        <>
          Hồ sơ của <b>{body.nominee.fullName}</b> được gửi ngay tới khối thi đua để xét duyệt
          {cycle ? ` (đợt ${cycle.code}, hạn nộp ${formatDateTime(cycle.submissionCutoff)})` : ''}. Sau khi nộp, đơn vị chỉ sửa hồ sơ khi
          khối yêu cầu bổ sung.
        </>
      ),
      okText: 'Nộp hồ sơ',
    });
    if (ok) submit.mutate(body, { onError: (err) => setError(showApiError(form, err)) });
  }

  return (
    <>
      <Typography.Title level={1}>Lập hồ sơ đề nghị</Typography.Title>
      <Typography.Paragraph type="secondary">Đơn vị: {me?.unit?.name ?? '—'}. Các trường có dấu * là bắt buộc.</Typography.Paragraph>
      {cycles.isSuccess && open.length === 0 && <Alert type="warning" showIcon title="Hiện không có đợt xét chọn nào đang nhận hồ sơ." />}
      <Form<FormValues>
        form={form}
        layout="vertical"
        onFinish={send}
        scrollToFirstError
        initialValues={{ nominee: { kind: 'INDIVIDUAL', remoteArea: false, continuousYears: 0 }, initiatives: [] }}
        style={{ maxWidth: 820 }}
      >
        <Card title="Đợt xét chọn" size="small" style={{ marginBottom: 16 }}>
          <Form.Item label="Đợt xét chọn" name="cycleCode" rules={[{ required: true, message: 'Vui lòng chọn đợt xét chọn' }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={cycles.isPending}
              options={open.map((c) => ({
                value: c.code,
                label: `${c.code} — ${c.title} (hạn nộp ${formatDateTime(c.submissionCutoff)})`,
              }))}
            />
          </Form.Item>
        </Card>
        <Card title="Người hoặc tập thể được đề nghị" size="small" style={{ marginBottom: 16 }}>
          <Form.Item label="Đối tượng" name={['nominee', 'kind']}>
            <Radio.Group
              options={[
                { value: 'INDIVIDUAL', label: 'Cá nhân' },
                { value: 'COLLECTIVE', label: 'Tập thể' },
              ]}
            />
          </Form.Item>
          <Form.Item
            label="Họ và tên / tên tập thể"
            name={['nominee', 'fullName']}
            rules={[
              { required: true, whitespace: true, message: 'Vui lòng nhập họ và tên' },
              { max: 200, message: 'Không quá 200 ký tự' },
            ]}
          >
            <Input maxLength={200} />
          </Form.Item>
          {kind === 'INDIVIDUAL' && (
            <Form.Item label="Ngày sinh" name={['nominee', 'dateOfBirth']} rules={[{ required: true, message: 'Vui lòng chọn ngày sinh' }]}>
              <DatePicker
                format="DD/MM/YYYY"
                placeholder="ngày/tháng/năm"
                disabledDate={(d) => !d.isBefore(dayjs(), 'day')}
                style={{ width: 200 }}
              />
            </Form.Item>
          )}
          <Form.Item label="Chức vụ" name={['nominee', 'position']} rules={[{ max: 200, message: 'Không quá 200 ký tự' }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item
            label="Lĩnh vực công tác"
            name={['nominee', 'field']}
            rules={[
              { required: true, whitespace: true, message: 'Vui lòng nhập lĩnh vực' },
              { max: 200, message: 'Không quá 200 ký tự' },
            ]}
          >
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item
            label="Số năm liên tục đạt danh hiệu thi đua"
            name={['nominee', 'continuousYears']}
            rules={[{ required: true, type: 'integer', min: 0, max: 60, message: 'Số nguyên từ 0 đến 60' }]}
          >
            <InputNumber min={0} max={60} precision={0} />
          </Form.Item>
          <Form.Item label="Công tác ở vùng sâu, vùng xa, biên giới, hải đảo" name={['nominee', 'remoteArea']} valuePropName="checked">
            <Switch checkedChildren="Có" unCheckedChildren="Không" />
          </Form.Item>
        </Card>
        <Card title="Thành tích và sáng kiến" size="small" style={{ marginBottom: 16 }}>
          <Form.Item
            label="Tóm tắt thành tích"
            name="achievements"
            rules={[
              { required: true, whitespace: true, message: 'Vui lòng nêu thành tích' },
              { max: 20000, message: 'Không quá 20.000 ký tự' },
            ]}
          >
            <Input.TextArea rows={6} maxLength={20000} showCount />
          </Form.Item>
          <Form.List name="initiatives">
            {(fields, { add, remove }) => (
              <Form.Item label="Sáng kiến, giải pháp">
                {fields.map((field, i) => (
                  <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
                    <Form.Item
                      name={field.name}
                      rules={[{ max: 2000, message: 'Không quá 2.000 ký tự' }]}
                      style={{ flex: 1, minWidth: 480 }}
                    >
                      <Input aria-label={`Sáng kiến ${i + 1}`} maxLength={2000} />
                    </Form.Item>
                    <Button
                      type="text"
                      icon={<MinusCircleOutlined />}
                      aria-label={`Bỏ sáng kiến ${i + 1}`}
                      onClick={() => remove(field.name)}
                    />
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')} disabled={fields.length >= 50}>
                  Thêm sáng kiến
                </Button>
              </Form.Item>
            )}
          </Form.List>
        </Card>
        <Card title="Tài liệu kèm theo" size="small" style={{ marginBottom: 16 }}>
          <Typography.Paragraph>
            Tài liệu (báo cáo thành tích, biên bản họp bình xét…) được tải lên sau khi lưu bản nháp, ở trang của hồ sơ.
          </Typography.Paragraph>
          {required.length > 0 && (
            <Typography.Paragraph>
              Đợt này yêu cầu: {required.map((d) => d.title).join('; ')}. Hồ sơ chỉ nộp được khi đã có đủ các tài liệu này.
            </Typography.Paragraph>
          )}
        </Card>
        {error && <Alert type="error" showIcon title={error} role="alert" style={{ marginBottom: 16 }} />}
        <Space wrap>
          <Button size="large" loading={submit.isPending} onClick={() => saveDraft()}>
            Lưu bản nháp
          </Button>
          {required.length === 0 && (
            <Button type="primary" htmlType="submit" size="large" loading={submit.isPending}>
              Nộp hồ sơ
            </Button>
          )}
        </Space>
      </Form>
    </>
  );
}
