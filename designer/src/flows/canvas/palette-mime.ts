/** The drag data type a palette item carries: the node type to add where it is dropped. */
export const paletteMime = 'application/x-parley-node-type';
