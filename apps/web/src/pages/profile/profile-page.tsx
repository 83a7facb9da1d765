import { Descriptions, Typography } from 'antd';
import { useMe } from '../../auth/session';
import { ROLE_LABELS } from '../../i18n/labels';

const POSITION: Record<string, string> = { LEADER: 'Trưởng khối', DEPUTY: 'Phó trưởng khối', MEMBER: 'Thành viên' };

/** Who I am: name, roles, unit and block. */
export default function ProfilePage() {
  const { me } = useMe();
  if (!me) return null;
  return (
    <>
      <Typography.Title level={1}>Tài khoản</Typography.Title>
      <Descriptions
        bordered
        column={1}
        items={[
          { key: 'name', label: 'Họ và tên', children: me.fullName },
          { key: 'username', label: 'Tên đăng nhập', children: me.username },
          { key: 'roles', label: 'Vai trò', children: me.roles.map((r) => ROLE_LABELS[r] ?? r).join(', ') },
          { key: 'unit', label: 'Đơn vị', children: me.unit?.name ?? '—' },
          {
            key: 'block',
            label: 'Khối thi đua',
            children: me.block ? `${me.block.name} (${POSITION[me.block.position] ?? me.block.position})` : '—',
          },
        ]}
      />
    </>
  );
}
