import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Form, Input, InputNumber, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import type { CreateCycleBody } from '../../api/types';
import { paths } from '../../app/routes';
import { showApiError } from '../../components/api-form';
import { useConfirm } from '../../components/confirm';
import { APPROVAL_RULE_LABELS, CALENDAR_FIELDS, CALENDAR_LABELS } from '../../i18n/labels';
import { COUNCIL_PROCESS_LABELS, RECUSAL_COUNTING_LABELS } from '../../i18n/session-labels';
import { formatDateTime, fromHanoiWallClock } from '../../time/hanoi';
import { DossierRulesCard } from './dossier-rules-card';

type DateField = (typeof CALENDAR_FIELDS)[number];
type Values = Omit<CreateCycleBody, DateField> & Record<DateField, Dayjs> & { checksTitles?: boolean };

/** An administrator opens a cycle: its plan, its calendar entered in Hanoi time, its quota and rules. */
export default function CreateCyclePage() {
  const [form] = Form.useForm<Values>();
  const navigate = useNavigate();
  const client = useQueryClient();
  const confirm = useConfirm();
  const [error, setError] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: (body: CreateCycleBody) => unwrap(api.POST('/api/v1/cycles', { body })),
    onSuccess: async (cycle) => {
      await client.invalidateQueries({ queryKey: ['cycles'] });
      void navigate(paths.cycle(cycle.code));
    },
  });

  async function send(v: Values) {
    setError(null);
    const { checksTitles, eligibility, ...rest } = v;
    const body = {
      ...rest,
      ...(checksTitles && eligibility && { eligibility }),
      ...Object.fromEntries(CALENDAR_FIELDS.map((k) => [k, fromHanoiWallClock(v[k])])),
    } as unknown as CreateCycleBody;
    const ok = await confirm({
      title: `Tạo đợt ${body.code}?`,
      content: `Đợt nhận hồ sơ ngay khi được tạo, đến ${formatDateTime(body.submissionCutoff)} (giờ Hà Nội); các đơn vị được nhắc hạn theo lịch.`,
      okText: 'Tạo đợt',
    });
    if (ok) create.mutate(body, { onError: (err) => setError(showApiError(form, err)) });
  }

  return (
    <>
      <Typography.Title level={1}>Tạo đợt xét chọn</Typography.Title>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={send}
        initialValues={{
          approvalRule: 'MAJORITY_OF_MEMBERS',
          quota: 30,
          maxChangeRounds: 2,
          revisionDays: 10,
          councilProcess: 'SESSIONS',
          recusalCounting: 'AS_NOT_AGREEING',
        }}
        style={{ maxWidth: 820 }}
      >
        <Card size="small" title="Thông tin chung" style={{ marginBottom: 16 }}>
          <Form.Item
            label="Mã đợt"
            name="code"
            extra="Chữ in hoa không dấu, chữ số và dấu gạch ngang, ví dụ SK-2026"
            rules={[
              {
                required: true,
                pattern: /^[A-Z0-9][A-Z0-9-]{1,39}$/,
                message: 'Từ 2 đến 40 ký tự: chữ in hoa không dấu, chữ số, dấu gạch ngang',
              },
            ]}
          >
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item label="Tên đợt" name="title" rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập tên đợt' }]}>
            <Input maxLength={500} />
          </Form.Item>
          <Form.Item
            label="Căn cứ (kế hoạch)"
            name="planReference"
            rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập kế hoạch' }]}
          >
            <Input maxLength={200} placeholder="Kế hoạch số …/KH-BTNMT ngày …" />
          </Form.Item>
        </Card>
        <Card size="small" title="Lịch (giờ Hà Nội)" style={{ marginBottom: 16 }}>
          {CALENDAR_FIELDS.map((k) => (
            <Form.Item key={k} label={CALENDAR_LABELS[k]} name={k} rules={[{ required: true, message: 'Vui lòng chọn ngày' }]}>
              <DatePicker needConfirm={false} showTime={{ format: 'HH:mm' }} format="DD/MM/YYYY HH:mm" style={{ width: 260 }} />
            </Form.Item>
          ))}
        </Card>
        <Card size="small" title="Chỉ tiêu và nguyên tắc" style={{ marginBottom: 16 }}>
          <Form.Item
            label="Chỉ tiêu biểu dương tại hội nghị"
            name="quota"
            rules={[{ required: true, type: 'integer', min: 1, max: 10000, message: 'Số nguyên từ 1 đến 10.000' }]}
          >
            <InputNumber min={1} max={10000} precision={0} />
          </Form.Item>
          <Form.Item label="Nguyên tắc thông qua của Hội đồng" name="approvalRule">
            <Select options={Object.entries(APPROVAL_RULE_LABELS).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
          <Form.Item label="Cách Hội đồng xét" name="councilProcess">
            <Select options={Object.entries(COUNCIL_PROCESS_LABELS).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
          <Form.Item label="Thành viên không tham gia do xung đột lợi ích" name="recusalCounting">
            <Select options={Object.entries(RECUSAL_COUNTING_LABELS).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
          <Form.Item
            label="Số lần yêu cầu bổ sung tối đa"
            name="maxChangeRounds"
            rules={[{ type: 'integer', min: 0, max: 5, message: 'Từ 0 đến 5' }]}
          >
            <InputNumber min={0} max={5} precision={0} />
          </Form.Item>
          <Form.Item
            label="Số ngày để đơn vị bổ sung hồ sơ"
            name="revisionDays"
            rules={[{ type: 'integer', min: 1, max: 90, message: 'Từ 1 đến 90' }]}
          >
            <InputNumber min={1} max={90} precision={0} />
          </Form.Item>
          <Form.Item label="Ký hiệu số quyết định" name="decisionSuffix" extra="Ví dụ QĐ-BTNMT; để trống để dùng ký hiệu mặc định">
            <Input maxLength={20} />
          </Form.Item>
        </Card>
        <DossierRulesCard />
        {error && <Alert type="error" showIcon title={error} role="alert" style={{ marginBottom: 16 }} />}
        <Button type="primary" htmlType="submit" size="large" loading={create.isPending}>
          Tạo đợt
        </Button>
      </Form>
    </>
  );
}
