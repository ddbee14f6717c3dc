export const START_PAGE: string;
export function startElsewhere(page: { goto(url: string): Promise<unknown> }): Promise<unknown>;
