import type { Framework } from './types';
import { shenzhen2024Department } from './shenzhen-2024-department';
import { nationalProjectSelfEval } from './national-project-self-eval';
import { guangzhouDepartment } from './guangzhou-department';
import { centralProject2021 } from './central-project-2021';

/** Every indicator library the product knows. Adding a locality is adding a data file here. */
export const FRAMEWORKS: readonly Framework[] = [shenzhen2024Department, nationalProjectSelfEval, guangzhouDepartment, centralProject2021];

export function getFramework(id: string): Framework | undefined {
  return FRAMEWORKS.find((f) => f.id === id);
}

export type { Framework, FrameworkGroup, FrameworkLeaf, FigureDef } from './types';
export { isLeaf } from './types';
