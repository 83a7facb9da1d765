import { Alert, Typography } from 'antd';
import type { Nomination } from '../../api/types';

/**
 * Whether the nominee met the cycle's standard of titles when the dossier was submitted, as the
 * engine read it from the award history: every reviewer sees it above the dossier, with its
 * reasons. Nothing when the cycle states no standard.
 */
export function Eligibility({ nomination: n }: { nomination: Nomination }) {
  const e = n.eligibility;
  if (!e) return null;
  const [standard, ...findings] = e.reasons;
  const title = e.eligible
    ? 'Đạt tiêu chuẩn về danh hiệu thi đua'
    : e.historyFound
      ? 'Chưa đạt tiêu chuẩn về danh hiệu thi đua'
      : 'Chưa kiểm tra được tiêu chuẩn: chưa có lịch sử khen thưởng';
  return (
    <section aria-label="Tiêu chuẩn về danh hiệu" style={{ marginBottom: 16 }}>
      <Alert
        showIcon
        type={e.eligible ? 'success' : 'warning'}
        message={title}
        description={
          <>
            <Typography.Paragraph style={{ marginBottom: 4 }}>{standard}</Typography.Paragraph>
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {findings.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
              {e.historyFound && e.declaredYears !== e.consecutiveYears && (
                <li>
                  Đơn vị kê khai {e.declaredYears} năm liên tục; theo lịch sử khen thưởng là {e.consecutiveYears} năm.
                </li>
              )}
            </ul>
          </>
        }
      />
    </section>
  );
}
