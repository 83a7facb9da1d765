import { Form, Input } from 'antd';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { DOCUMENT_NUMBER, useRecordsOfficeNumbering } from '../../../api/numbering';
import type { Nomination } from '../../../api/types';
import { ReasonedAction } from './reasoned-action';

/**
 * The minister (or a deputy) revokes a recognition by a new decision. When the records office
 * numbers the Ministry's decisions, the dialog asks for the number it gave (a number already used
 * is refused by the API, next to the field); otherwise the engine's register numbers it.
 */
export function RevokeAction({ nomination: n }: { nomination: Nomination }) {
  const recordsOffice = useRecordsOfficeNumbering();
  const numbered = recordsOffice
    ? 'Quyết định hủy bỏ mang số do Văn thư cấp.'
    : 'Quyết định hủy bỏ được cấp số tiếp theo trong sổ quyết định của Bộ.';
  return (
    <ReasonedAction
      nomination={n}
      label="Hủy bỏ công nhận"
      consequences={`Một quyết định mới hủy bỏ việc công nhận ${n.nominee.fullName}; quyết định cũ giữ nguyên số. ${numbered} Đơn vị được thông báo. Không thể hoàn tác.`}
      reasonRequired
      run={(reason, values) =>
        unwrap(
          api.POST('/api/v1/nominations/{id}/revoke', {
            params: { path: { id: n.id } },
            body: { reason: reason ?? '', ...(recordsOffice ? { documentNumber: values.documentNumber?.trim() } : {}) },
          }),
        )
      }
      done="Đã hủy bỏ công nhận."
    >
      {recordsOffice && (
        <Form.Item
          label="Số văn bản"
          name="documentNumber"
          extra="Số quyết định hủy bỏ do Văn thư cấp."
          rules={[
            { required: true, whitespace: true, message: 'Vui lòng nhập số văn bản do Văn thư cấp' },
            { pattern: DOCUMENT_NUMBER, message: 'Số văn bản có dạng 382/QĐ-BTNMT' },
          ]}
        >
          <Input placeholder="382/QĐ-BTNMT" style={{ maxWidth: 240 }} />
        </Form.Item>
      )}
    </ReasonedAction>
  );
}
