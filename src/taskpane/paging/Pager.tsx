/**
 * The page buttons under a paged list: ‹ 51–100 / 1,000 ›. Hidden when everything fits on one page.
 */
import { Button } from '@fluentui/react-components';
import { useT } from '../i18n';
import { useShared } from '../styles';
import type { Paged } from './usePaged';

export function Pager({ paged, label }: { paged: Paged<unknown>; label: string }) {
  const t = useT();
  const s = useShared();
  if (paged.pages <= 1) return null;
  return (
    <nav aria-label={label} className={s.actions} style={{ justifyContent: 'space-between', flexWrap: 'nowrap' }} data-testid="pager">
      <Button size="small" appearance="subtle" disabled={paged.page === 0} onClick={() => paged.go(paged.page - 1)} aria-label={t('pagePrev')}>
        ‹ {t('pagePrev')}
      </Button>
      <span className={s.muted} style={{ whiteSpace: 'nowrap' }}>
        {t('pageRange', { first: paged.first, last: paged.last, count: paged.count })}
      </span>
      <Button size="small" appearance="subtle" disabled={paged.page >= paged.pages - 1} onClick={() => paged.go(paged.page + 1)} aria-label={t('pageNext')}>
        {t('pageNext')} ›
      </Button>
    </nav>
  );
}
