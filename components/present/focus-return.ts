/** Set when present mode ends, so the dashboard puts focus back on the Story button the presenter came from. */
export const returnFocus = { toStory: false };
