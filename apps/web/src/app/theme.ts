import type { ThemeConfig } from 'antd';

/** Ant Design's default look, in the ministry's deep red, with contrast checked (WCAG AA). */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#a61d24',
    colorLink: '#8c1a1f',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    // Ant Design's defaults for these fall under WCAG AA's 4.5:1 on white; officials read them all day.
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
    colorTextQuaternary: 'rgba(0, 0, 0, 0.6)',
    colorTextDisabled: 'rgba(0, 0, 0, 0.6)',
    colorError: '#b3261e',
    borderRadius: 6,
    fontFamily: "'Noto Sans', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  },
};
