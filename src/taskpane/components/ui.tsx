/**
 * Small building blocks drawn with Fluent's tokens instead of Fluent's heavier components, so the
 * first load stays inside the size budget: a notice bar, a pill, a spinner, a switch, a select, a
 * compact select for table cells, a compact number input to go beside it, and a multi-line text field.
 */
import { Fragment, type ReactNode } from 'react';
import { makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  notice: {
    display: 'flex',
    alignItems: 'flex-start',
    columnGap: '8px',
    ...shorthands.padding('8px', '10px'),
    ...shorthands.borderRadius(tokens.borderRadiusMedium),
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    borderLeftWidth: '3px',
    borderLeftStyle: 'solid',
  },
  noticeBody: { flexGrow: 1, wordBreak: 'break-word' },
  noticeTitle: { fontWeight: tokens.fontWeightSemibold, marginRight: '6px' },
  success: { backgroundColor: tokens.colorPaletteGreenBackground1, borderLeftColor: tokens.colorPaletteGreenBorder2 },
  warning: { backgroundColor: tokens.colorPaletteYellowBackground1, borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  error: { backgroundColor: tokens.colorPaletteRedBackground1, borderLeftColor: tokens.colorPaletteRedBorder2 },
  info: { backgroundColor: tokens.colorNeutralBackground3, borderLeftColor: tokens.colorBrandStroke1 },

  pill: {
    display: 'inline-flex',
    alignItems: 'center',
    flexShrink: 0,
    whiteSpace: 'nowrap',
    fontSize: tokens.fontSizeBase100,
    lineHeight: '16px',
    fontWeight: tokens.fontWeightSemibold,
    ...shorthands.padding('1px', '6px'),
    ...shorthands.borderRadius(tokens.borderRadiusCircular),
  },
  brand: { backgroundColor: tokens.colorBrandBackground2, color: tokens.colorBrandForeground2 },
  good: { backgroundColor: tokens.colorPaletteGreenBackground1, color: tokens.colorPaletteGreenForeground1 },
  caution: { backgroundColor: tokens.colorPaletteYellowBackground1, color: tokens.colorPaletteDarkOrangeForeground1 },
  danger: { backgroundColor: tokens.colorPaletteRedBackground1, color: tokens.colorPaletteRedForeground1 },
  neutral: {
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground2,
    ...shorthands.border('1px', 'solid', tokens.colorNeutralStroke1),
  },
  solidDanger: { backgroundColor: tokens.colorPaletteRedBackground3, color: tokens.colorNeutralForegroundOnBrand },
  solidCaution: { backgroundColor: tokens.colorPaletteDarkOrangeBackground3, color: tokens.colorNeutralForegroundOnBrand },
  solidInfo: { backgroundColor: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand },
  solidGood: { backgroundColor: tokens.colorPaletteGreenBackground3, color: tokens.colorNeutralForegroundOnBrand },

  spinner: {
    display: 'inline-block',
    width: '12px',
    height: '12px',
    ...shorthands.borderRadius('50%'),
    ...shorthands.border('2px', 'solid', tokens.colorNeutralStroke2),
    borderTopColor: tokens.colorBrandStroke1,
    animationName: { from: { transform: 'rotate(0deg)' }, to: { transform: 'rotate(360deg)' } },
    animationDuration: '0.8s',
    animationIterationCount: 'infinite',
    animationTimingFunction: 'linear',
  },

  toggle: {
    display: 'flex',
    alignItems: 'center',
    columnGap: '8px',
    cursor: 'pointer',
    fontSize: tokens.fontSizeBase300,
    userSelect: 'none',
  },
  track: {
    appearance: 'none',
    margin: 0,
    flexShrink: 0,
    width: '36px',
    height: '20px',
    ...shorthands.borderRadius('10px'),
    ...shorthands.border('1px', 'solid', tokens.colorNeutralStrokeAccessible),
    backgroundColor: tokens.colorNeutralBackground1,
    position: 'relative',
    cursor: 'pointer',
    transitionProperty: 'background-color',
    transitionDuration: tokens.durationFaster,
    '::after': {
      content: '""',
      position: 'absolute',
      top: '3px',
      left: '3px',
      width: '12px',
      height: '12px',
      ...shorthands.borderRadius('50%'),
      backgroundColor: tokens.colorNeutralForeground3,
      transitionProperty: 'left',
      transitionDuration: tokens.durationFaster,
    },
    ':checked': { backgroundColor: tokens.colorBrandBackground, ...shorthands.borderColor(tokens.colorBrandBackground) },
    ':checked::after': { left: '19px', backgroundColor: tokens.colorNeutralForegroundOnBrand },
    ':focus-visible': { outlineWidth: '2px', outlineStyle: 'solid', outlineColor: tokens.colorStrokeFocus2, outlineOffset: '2px' },
    ':disabled': { opacity: 0.5, cursor: 'default' },
  },

  field: { display: 'flex', flexDirection: 'column', rowGap: '2px', minWidth: 0 },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  select: {
    height: '28px',
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    ...shorthands.border('1px', 'solid', tokens.colorNeutralStroke1),
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    ...shorthands.borderRadius(tokens.borderRadiusMedium),
    ...shorthands.padding('0', '6px'),
    minWidth: 0,
    ':focus-visible': { outlineWidth: '2px', outlineStyle: 'solid', outlineColor: tokens.colorStrokeFocus2 },
  },
  compact: {
    display: 'block',
    width: '100%',
    maxWidth: '100%',
    height: '24px',
    fontSize: tokens.fontSizeBase100,
    ...shorthands.padding('0', '2px'),
    textOverflow: 'ellipsis',
    cursor: 'pointer',
    ':hover': { ...shorthands.borderColor(tokens.colorNeutralStroke1Hover) },
    ':disabled': { opacity: 0.6, cursor: 'default' },
  },
  textarea: {
    display: 'block',
    boxSizing: 'border-box',
    width: '100%',
    height: 'auto',
    minHeight: '56px',
    resize: 'vertical',
    lineHeight: tokens.lineHeightBase200,
    ...shorthands.padding('4px', '6px'),
  },
  number: {
    display: 'inline-block',
    width: '58px',
    flexShrink: 0,
    textAlign: 'right',
    cursor: 'text',
    ...shorthands.padding('0', '4px'),
  },
  invalid: {
    ...shorthands.borderColor(tokens.colorPaletteRedBorder2),
    ':hover': { ...shorthands.borderColor(tokens.colorPaletteRedBorder2) },
  },
  marked: {
    ...shorthands.borderColor(tokens.colorBrandStroke1),
    backgroundColor: tokens.colorBrandBackground2,
  },
});

export type Intent = 'success' | 'warning' | 'error' | 'info';

/** A short bulleted list of lines (the cells a write or an undo left alone, and why). */
export function Lines({ lines }: { lines: readonly string[] }) {
  return (
    <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
      {lines.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}

export function Notice({ intent, title, children, action }: { intent: Intent; title?: string; children: ReactNode; action?: ReactNode }) {
  const s = useStyles();
  return (
    <div role={intent === 'error' ? 'alert' : 'status'} className={mergeClasses(s.notice, s[intent])}>
      <div className={s.noticeBody}>
        {title && <span className={s.noticeTitle}>{title}</span>}
        {children}
      </div>
      {action}
    </div>
  );
}

export type PillTone = 'brand' | 'good' | 'caution' | 'danger' | 'neutral' | 'solidDanger' | 'solidCaution' | 'solidInfo' | 'solidGood';

export function Pill({ tone, children, title }: { tone: PillTone; children: ReactNode; title?: string }) {
  const s = useStyles();
  return (
    <span className={mergeClasses(s.pill, s[tone])} title={title}>
      {children}
    </span>
  );
}

export function Spinner({ label }: { label?: string }) {
  const s = useStyles();
  return <span className={s.spinner} role="progressbar" aria-label={label} />;
}

export function Toggle({ checked, onChange, label, disabled }: { checked: boolean; onChange(on: boolean): void; label: string; disabled?: boolean }) {
  const s = useStyles();
  return (
    <label className={s.toggle}>
      <input type="checkbox" role="switch" className={s.track} checked={checked} disabled={disabled} onChange={(e) => onChange(e.currentTarget.checked)} />
      <span>{label}</span>
    </label>
  );
}

export function SelectField({
  label,
  value,
  options,
  onChange,
  disabled,
}: {
  label: string;
  value: string;
  options: { value: string; text: string }[];
  onChange(value: string): void;
  disabled?: boolean;
}) {
  const s = useStyles();
  return (
    <label className={s.field} style={{ flex: '1 1 150px' }}>
      <span className={s.label}>{label}</span>
      <select className={s.select} value={value} disabled={disabled} onChange={(e) => onChange(e.currentTarget.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.text}
          </option>
        ))}
      </select>
    </label>
  );
}

export interface SelectGroup {
  /** shown as the group's heading in the list; empty: options without a heading */
  label: string;
  options: { value: string; text: string }[];
}

/** A small native select for a table cell: named by `label`, options in groups, `marked` tinted. */
export function CompactSelect({
  label,
  value,
  groups,
  onChange,
  disabled,
  marked,
  title,
}: {
  label: string;
  value: string;
  groups: SelectGroup[];
  onChange(value: string): void;
  disabled?: boolean;
  marked?: boolean;
  title?: string;
}) {
  const s = useStyles();
  const options = (g: SelectGroup) =>
    g.options.map((o) => (
      <option key={o.value} value={o.value}>
        {o.text}
      </option>
    ));
  return (
    <select
      aria-label={label}
      title={title}
      className={mergeClasses(s.select, s.compact, marked && s.marked)}
      value={value}
      disabled={disabled}
      onChange={(e) => onChange(e.currentTarget.value)}
    >
      {groups.map((g, i) =>
        g.label ? (
          <optgroup key={`${i}-${g.label}`} label={g.label}>
            {options(g)}
          </optgroup>
        ) : (
          <Fragment key={`${i}-`}>{options(g)}</Fragment>
        ),
      )}
    </select>
  );
}

/** A small native number input styled like CompactSelect: named by `label`, `invalid` outlined in red. */
export function CompactNumber({
  label,
  value,
  min,
  max,
  step,
  onChange,
  onBlur,
  disabled,
  marked,
  invalid,
}: {
  label: string;
  value: string;
  min: number;
  max: number;
  step?: number;
  onChange(value: string): void;
  onBlur?(): void;
  disabled?: boolean;
  marked?: boolean;
  invalid?: boolean;
}) {
  const s = useStyles();
  return (
    <input
      type="number"
      inputMode="decimal"
      aria-label={label}
      aria-invalid={invalid || undefined}
      className={mergeClasses(s.select, s.compact, s.number, marked && s.marked, invalid && s.invalid)}
      value={value}
      min={min}
      max={max}
      step={step ?? 1}
      disabled={disabled}
      onChange={(e) => onChange(e.currentTarget.value)}
      onBlur={onBlur}
    />
  );
}

/** A multi-line text field drawn like the selects: named by `label`, `invalid` outlined in red. */
export function TextField({
  label,
  value,
  onChange,
  disabled,
  invalid,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  disabled?: boolean;
  invalid?: boolean;
}) {
  const s = useStyles();
  return (
    <textarea
      aria-label={label}
      aria-invalid={invalid || undefined}
      className={mergeClasses(s.select, s.textarea, invalid && s.invalid)}
      value={value}
      disabled={disabled}
      spellCheck={false}
      onChange={(e) => onChange(e.currentTarget.value)}
    />
  );
}
