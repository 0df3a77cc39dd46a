export * from './lib/alert/alert';
export * from './lib/confirm-dialog/confirm-dialog';
export * from './lib/form-field/form-field';
export * from './lib/pager/pager';
export * from './lib/progress-bar/progress-bar';
export * from './lib/tree/build-tree';
export * from './lib/tree/tree-view';
export * from './lib/tag-input/tag-input';
