/**
 * The heading row of a plan preview (单元格 / 原值 / 新值), the same over the 评分 and 审核 previews.
 */
import { useT } from '../i18n';

export function PlanHead() {
  const t = useT();
  return (
    <thead>
      <tr>
        <th>{t('colCell')}</th>
        <th>{t('colOld')}</th>
        <th>{t('colNew')}</th>
      </tr>
    </thead>
  );
}
