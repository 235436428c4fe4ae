export function packExamples(dir: string): { text: string; format: string }[];
