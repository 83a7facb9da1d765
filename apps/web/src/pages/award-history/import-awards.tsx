import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { download } from '../../api/download';
import { ApiError } from '../../api/errors';
import { importProblems, postAwardFile, type AwardImportProblem, type AwardImportResult } from './award-api';

/**
 * The standing office imports a filled template. The file is checked as a whole: when a row is
 * wrong nothing is imported, and every bad row is listed (row, column, reason) to be fixed at once.
 */
export function ImportAwards() {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<AwardImportResult | null>(null);
  const [refusal, setRefusal] = useState<{ message: string; problems: AwardImportProblem[] } | null>(null);
  const importFile = useMutation({
    mutationFn: postAwardFile,
    onMutate: () => {
      setResult(null);
      setRefusal(null);
    },
    onSuccess: (r) => {
      setResult(r);
      void queryClient.invalidateQueries({ queryKey: ['award-history'] });
    },
    onError: (err) =>
      setRefusal({
        message: err instanceof Error ? err.message : String(err),
        problems: err instanceof ApiError ? importProblems(err.fieldErrors) : [],
      }),
  });

  return (
    <Card
      title={
        <Typography.Title level={2} style={{ margin: 0, fontSize: 18 }}>
          Nhập lịch sử khen thưởng từ tệp Excel
        </Typography.Title>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph style={{ margin: 0 }}>
          Điền tệp mẫu: mỗi dòng là một danh hiệu của một cá nhân (họ và tên, ngày sinh) hoặc một tập thể (tên tập thể, mã đơn vị) trong một
          năm. Tệp được kiểm tra toàn bộ: nếu có dòng chưa hợp lệ, không dòng nào được nhập. Dòng đã có trong hệ thống được giữ nguyên.
        </Typography.Paragraph>
        <Space wrap>
          <Button
            icon={<DownloadOutlined />}
            onClick={() =>
              download('/api/v1/award-history/template', 'Mẫu lịch sử khen thưởng.xlsx').catch((e: Error) => message.error(e.message))
            }
          >
            Tải tệp mẫu
          </Button>
          <Upload
            accept=".xlsx"
            maxCount={1}
            beforeUpload={(f) => {
              setFile(f);
              return false;
            }}
            onRemove={() => setFile(null)}
          >
            <Button icon={<UploadOutlined />}>Chọn tệp (.xlsx, tối đa 5 MB)</Button>
          </Upload>
          <Button type="primary" disabled={!file} loading={importFile.isPending} onClick={() => file && importFile.mutate(file)}>
            Nhập lịch sử khen thưởng
          </Button>
        </Space>
        {result && (
          <Alert
            type="success"
            showIcon
            role="status"
            title={`Đã nhập ${result.imported} dòng mới.`}
            description={
              result.alreadyKnown > 0 ? `${result.alreadyKnown} dòng đã có trong hệ thống từ trước nên được giữ nguyên.` : undefined
            }
          />
        )}
        {refusal && <Alert type="error" showIcon role="alert" title={refusal.message} />}
        {refusal && refusal.problems.length > 0 && (
          <Table<AwardImportProblem>
            size="small"
            aria-label="Các dòng chưa hợp lệ"
            rowKey={(p) => `${p.field}:${p.code}`}
            dataSource={refusal.problems}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            columns={[
              { title: 'Dòng', dataIndex: 'row', width: 80, align: 'right' },
              { title: 'Cột', dataIndex: 'column', width: 160 },
              { title: 'Lý do', dataIndex: 'message' },
            ]}
          />
        )}
      </Space>
    </Card>
  );
}
