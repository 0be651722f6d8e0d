// placeholder: the CLI is built in issue 6
export {};
