import {
  BellOutlined,
  FileAddOutlined,
  FolderOpenOutlined,
  InboxOutlined,
  LogoutOutlined,
  CalendarOutlined,
  TrophyOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Badge, Button, Grid, Layout, Menu, Spin, Typography } from 'antd';
import { Suspense, type ReactNode } from 'react';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { api } from '../api/client';
import { unwrap } from '../api/errors';
import { clearSession } from '../auth/token';
import { hasRole, useMe, useToken } from '../auth/session';
import { ROLE_LABELS } from '../i18n/labels';
import { paths } from './routes';
import styles from './shell.module.css';

/** How often open screens ask for news: the issue asks for no slower than every 10 s. */
export const REFRESH_MS = 5_000;

interface Entry {
  key: string;
  icon: ReactNode;
  label: ReactNode;
  roles?: string[];
}

/** The frame of every signed-in screen: the menu follows the user's roles. */
export function Shell() {
  const token = useToken();
  const { me, loading } = useMe();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  const unread = useQuery({
    queryKey: ['notifications', 'unread'],
    queryFn: () => unwrap(api.GET('/api/v1/notifications/unread-count')),
    enabled: !!token,
    refetchInterval: REFRESH_MS,
  });

  if (!token) return <Navigate to={paths.login} replace state={{ from: location.pathname + location.search }} />;
  if (loading || !me) return <Spin fullscreen tip="Đang tải…" />;

  const entries: Entry[] = [
    { key: paths.inbox, icon: <InboxOutlined />, label: 'Việc cần xử lý' },
    { key: paths.nominations, icon: <FolderOpenOutlined />, label: hasRole(me, 'UNIT_OFFICER') ? 'Hồ sơ của đơn vị' : 'Hồ sơ đề nghị' },
    { key: paths.submit, icon: <FileAddOutlined />, label: 'Lập hồ sơ đề nghị', roles: ['UNIT_OFFICER'] },
    {
      key: paths.cycles,
      icon: <CalendarOutlined />,
      label: 'Đợt xét chọn',
      roles: ['ADMIN', 'STANDING_OFFICE', 'MINISTER', 'DEPUTY_MINISTER'],
    },
    { key: paths.awardHistory, icon: <TrophyOutlined />, label: 'Lịch sử khen thưởng' },
    {
      key: paths.notifications,
      icon: <BellOutlined />,
      label: (
        <span>
          Thông báo{' '}
          <Badge
            count={unread.data?.count ?? 0}
            size="small"
            offset={[6, -2]}
            aria-label={`${unread.data?.count ?? 0} thông báo chưa đọc`}
          />
        </span>
      ),
    },
    { key: paths.profile, icon: <UserOutlined />, label: 'Tài khoản' },
  ];
  const visible = entries.filter((e) => !e.roles || hasRole(me, ...e.roles));
  const selected = visible
    .map((e) => e.key)
    .filter((k) => (k === '/' ? location.pathname === '/' : location.pathname.startsWith(k)))
    .sort((a, b) => b.length - a.length)[0];
  const narrow = !screens.lg;

  return (
    <Layout className={styles.frame}>
      <a className={styles.skip} href="#noi-dung">
        Bỏ qua menu, đến nội dung chính
      </a>
      <Layout.Header className={styles.header}>
        <Link to={paths.inbox} className={styles.brand}>
          Biểu dương điển hình tiên tiến
        </Link>
        <div className={styles.who}>
          <Link to={paths.notifications} aria-label={`Thông báo: ${unread.data?.count ?? 0} chưa đọc`} className={styles.bell}>
            <Badge count={unread.data?.count ?? 0} size="small">
              <BellOutlined />
            </Badge>
          </Link>
          {!narrow && (
            <Typography.Text className={styles.name}>
              {me.fullName} · {me.roles.map((r) => ROLE_LABELS[r] ?? r).join(', ')}
            </Typography.Text>
          )}
          <Button icon={<LogoutOutlined />} onClick={clearSession}>
            Đăng xuất
          </Button>
        </div>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={240} breakpoint="lg" collapsedWidth={0} theme="light" className={styles.sider} aria-label="Menu chính">
          <nav>
            <Menu
              mode="inline"
              selectedKeys={selected ? [selected] : []}
              items={visible.map((e) => ({ key: e.key, icon: e.icon, label: <Link to={e.key}>{e.label}</Link> }))}
            />
          </nav>
        </Layout.Sider>
        <Layout.Content id="noi-dung" className={styles.content}>
          <main>
            <Suspense fallback={<Spin tip="Đang tải…" />}>
              <Outlet />
            </Suspense>
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
