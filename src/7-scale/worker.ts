// placeholder: the worker of analyzeMany is built in issue 7
export {};
