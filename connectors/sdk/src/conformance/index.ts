export * from './conformance-kit.js';
export * from './conformance-subject.js';
