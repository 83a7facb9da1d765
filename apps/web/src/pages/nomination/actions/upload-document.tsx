import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Modal, Upload } from 'antd';
import { useState } from 'react';
import { readToken } from '../../../auth/token';
import { toApiError } from '../../../api/errors';
import type { Nomination } from '../../../api/types';
import { useNominationAction } from './use-nomination-action';

interface Props {
  nomination: Nomination;
  /** A required document: its kind and title are given, only the file is chosen. */
  preset?: { kind: string; title: string };
  label: string;
}

/** Sends one file as multipart (openapi-fetch speaks JSON): the nomination as it now stands, or an ApiError. */
async function postDocument(nominationId: string, kind: string, title: string, file: File): Promise<Nomination> {
  const form = new FormData();
  form.append('kind', kind);
  form.append('title', title);
  form.append('file', file, file.name);
  const response = await fetch(`/api/v1/nominations/${nominationId}/documents`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${readToken() ?? ''}` },
    body: form,
  });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw toApiError(response.status, body);
  return body as Nomination;
}

/** The unit uploads a document (PDF, DOCX, XLSX, JPEG, PNG; a new version if it already has one of that kind and title). */
export function UploadDocumentAction({ nomination: n, preset, label }: Props) {
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<{ kind: string; title: string }>();
  const upload = useNominationAction(
    n.id,
    (v: { kind: string; title: string; file: File }) => postDocument(n.id, v.kind, v.title, v.file),
    'Đã tải tài liệu lên.',
  );
  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Modal
        open={open}
        title={preset ? `Tải lên: ${preset.title}` : 'Tải tài liệu lên'}
        okText="Tải lên"
        cancelText="Hủy"
        okButtonProps={{ loading: upload.isPending, disabled: !file }}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          initialValues={preset ?? { kind: 'TAI_LIEU_KHAC', title: '' }}
          onFinish={(v) => {
            if (!file) return;
            setError(null);
            upload.mutate(
              { ...v, file },
              { onSuccess: () => setOpen(false), onError: (err) => setError(err instanceof Error ? err.message : String(err)) },
            );
          }}
        >
          <Form.Item
            name="kind"
            hidden={Boolean(preset)}
            label="Loại tài liệu"
            rules={[{ required: true, pattern: /^[A-Z][A-Z0-9_]{1,59}$/, message: 'Chữ in hoa không dấu, chữ số, dấu gạch dưới' }]}
          >
            <Input maxLength={60} />
          </Form.Item>
          <Form.Item
            name="title"
            hidden={Boolean(preset)}
            label="Tên tài liệu"
            rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập tên tài liệu' }]}
          >
            <Input maxLength={300} />
          </Form.Item>
          <Form.Item label="Tệp (PDF, DOCX, XLSX, JPEG, PNG; tối đa 20 MB)" required>
            <Upload
              accept=".pdf,.docx,.xlsx,.jpg,.jpeg,.png"
              maxCount={1}
              beforeUpload={(f) => {
                setFile(f);
                return false;
              }}
              onRemove={() => setFile(null)}
            >
              <Button icon={<UploadOutlined />}>Chọn tệp</Button>
            </Upload>
          </Form.Item>
        </Form>
        {error && <Alert type="error" showIcon title={error} role="alert" />}
      </Modal>
    </>
  );
}
