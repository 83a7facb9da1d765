import { useQuery } from '@tanstack/react-query';
import { Button, Card, Form, Input, InputNumber, Radio, Select, Space, Switch, Typography } from 'antd';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';

/**
 * What a dossier of the cycle must carry: the documents it requires (kind and title) and,
 * optionally, the standard of emulation titles the engine checks against the award history at
 * submission. Part of the form that creates a cycle (fields `requiredDocuments` and `eligibility`).
 */
export function DossierRulesCard() {
  const form = Form.useFormInstance();
  const checksTitles = Form.useWatch('checksTitles', form) as boolean | undefined;
  const titles = useQuery({
    queryKey: ['award-titles'],
    queryFn: () => unwrap(api.GET('/api/v1/award-history/titles')),
    enabled: checksTitles === true,
    staleTime: Infinity,
  });
  return (
    <Card size="small" title="Hồ sơ và tiêu chuẩn" style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary">
        Tài liệu bắt buộc: hồ sơ thiếu một trong các tài liệu này không nộp được. Để trống nếu đợt không yêu cầu.
      </Typography.Paragraph>
      <Form.List name="requiredDocuments">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Space key={field.key} align="baseline" wrap>
                <Form.Item
                  name={[field.name, 'title']}
                  label={index === 0 ? 'Tên tài liệu' : undefined}
                  rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập tên tài liệu' }]}
                >
                  <Input
                    maxLength={200}
                    placeholder="Báo cáo thành tích"
                    style={{ width: 320 }}
                    aria-label={`Tên tài liệu bắt buộc ${index + 1}`}
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'kind']}
                  label={index === 0 ? 'Mã loại tài liệu' : undefined}
                  rules={[{ required: true, pattern: /^[A-Z0-9_]{2,40}$/, message: 'Chữ in hoa không dấu, chữ số, dấu gạch dưới' }]}
                >
                  <Input
                    maxLength={40}
                    placeholder="BAO_CAO_THANH_TICH"
                    style={{ width: 220 }}
                    aria-label={`Mã loại tài liệu ${index + 1}`}
                  />
                </Form.Item>
                <Button type="link" danger onClick={() => remove(field.name)}>
                  Bỏ
                </Button>
              </Space>
            ))}
            <Form.Item>
              <Button onClick={() => add({ kind: '', title: '' })}>Thêm tài liệu bắt buộc</Button>
            </Form.Item>
          </>
        )}
      </Form.List>
      <Form.Item name="checksTitles" label="Kiểm tra tiêu chuẩn về danh hiệu thi đua theo lịch sử khen thưởng" valuePropName="checked">
        <Switch />
      </Form.Item>
      {checksTitles && (
        <>
          <Form.Item
            label="Danh hiệu được tính"
            name={['eligibility', 'titles']}
            rules={[{ required: true, type: 'array', min: 1, message: 'Chọn ít nhất một danh hiệu' }]}
          >
            <Select
              mode="multiple"
              loading={titles.isPending}
              options={(titles.data ?? []).map((t) => ({ value: t.code, label: t.name }))}
              placeholder="Chọn danh hiệu"
            />
          </Form.Item>
          <Space wrap>
            <Form.Item
              label="Số năm liên tục"
              name={['eligibility', 'consecutiveYears']}
              rules={[{ required: true, type: 'integer', min: 1, max: 30, message: 'Số nguyên từ 1 đến 30' }]}
            >
              <InputNumber min={1} max={30} precision={0} />
            </Form.Item>
            <Form.Item
              label="Tính đến năm"
              name={['eligibility', 'periodEndYear']}
              extra="Năm cuối cùng có danh hiệu được tính; chuỗi năm phải kéo dài đến năm này"
              rules={[{ required: true, type: 'integer', min: 1945, max: 2100, message: 'Một năm từ 1945 trở đi' }]}
            >
              <InputNumber min={1945} max={2100} precision={0} />
            </Form.Item>
          </Space>
          <Form.Item label="Hồ sơ chưa đạt tiêu chuẩn" name={['eligibility', 'onIneligible']} initialValue="FLAG">
            <Radio.Group
              options={[
                { value: 'FLAG', label: 'Vẫn nhận, đánh dấu cho người xét duyệt' },
                { value: 'REFUSE', label: 'Không nhận hồ sơ' },
              ]}
            />
          </Form.Item>
        </>
      )}
    </Card>
  );
}

/** A cycle's standard in one sentence, with the titles' names: "Chiến sĩ thi đua cơ sở, 3 năm liên tục đến năm 2017; …". */
export function EligibilityStandardText({ standard }: { standard: Standard | null | undefined }) {
  const titles = useQuery({
    queryKey: ['award-titles'],
    queryFn: () => unwrap(api.GET('/api/v1/award-history/titles')),
    enabled: !!standard,
    staleTime: Infinity,
  });
  if (!standard) return <>Không kiểm tra</>;
  const names = standard.titles.map((code) => titles.data?.find((t) => t.code === code)?.name ?? code);
  const handling = standard.onIneligible === 'REFUSE' ? 'hồ sơ chưa đạt không được nhận' : 'hồ sơ chưa đạt được nhận và đánh dấu';
  return (
    <>
      {names.join(' hoặc ')}, ít nhất {standard.consecutiveYears} năm liên tục đến năm {standard.periodEndYear}; {handling}
    </>
  );
}

interface Standard {
  titles: string[];
  consecutiveYears: number;
  periodEndYear: number;
  onIneligible: 'REFUSE' | 'FLAG';
}
