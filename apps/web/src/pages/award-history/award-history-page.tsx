import { Space, Typography } from 'antd';
import { hasRole, useMe } from '../../auth/session';
import { ImportAwards } from './import-awards';
import { SearchAwards } from './search-awards';

/** Lịch sử khen thưởng: the standing office imports the units' spreadsheets; every reviewer looks a nominee up. */
export default function AwardHistoryPage() {
  const { me } = useMe();
  return (
    <>
      <Typography.Title level={1}>Lịch sử khen thưởng</Typography.Title>
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        {hasRole(me, 'STANDING_OFFICE', 'ADMIN') && <ImportAwards />}
        <SearchAwards />
      </Space>
    </>
  );
}
