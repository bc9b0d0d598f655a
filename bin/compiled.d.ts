export const BUILD_STAMP: string;
export function compiledIsCurrent(root: string): boolean;
