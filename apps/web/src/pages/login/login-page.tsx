import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { api } from '../../api/client';
import { ApiError, unwrap } from '../../api/errors';
import { saveToken } from '../../auth/token';
import { useToken } from '../../auth/session';
import styles from './login-page.module.css';

interface Credentials {
  username: string;
  password: string;
}

export default function LoginPage() {
  const token = useToken();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '/';
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (token) return <Navigate to={from} replace />;

  async function signIn(values: Credentials) {
    setBusy(true);
    setError(null);
    try {
      const result = await unwrap(api.POST('/api/v1/auth/login', { body: values }));
      saveToken(result.accessToken);
      void navigate(from, { replace: true });
    } catch (err) {
      setError(err instanceof ApiError && err.status === 401 ? 'Tên đăng nhập hoặc mật khẩu không đúng.' : (err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className={styles.page}>
      <Card className={styles.card}>
        <Typography.Title level={1} className={styles.title}>
          Biểu dương điển hình tiên tiến
        </Typography.Title>
        <Typography.Paragraph type="secondary">Đăng nhập để xử lý hồ sơ đề nghị, bỏ phiếu và quyết định.</Typography.Paragraph>
        {error && <Alert type="error" title={error} showIcon className={styles.error} role="alert" />}
        <Form<Credentials> layout="vertical" onFinish={signIn} requiredMark={false}>
          <Form.Item label="Tên đăng nhập" name="username" rules={[{ required: true, message: 'Vui lòng nhập tên đăng nhập' }]}>
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item label="Mật khẩu" name="password" rules={[{ required: true, message: 'Vui lòng nhập mật khẩu' }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            Đăng nhập
          </Button>
        </Form>
      </Card>
    </main>
  );
}
