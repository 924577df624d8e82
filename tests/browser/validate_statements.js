// Reads a JSON list of xAPI statements on stdin; prints one JSON list of problems, each
// {index, path, type} from Learning Locker's validator (@learninglocker/xapi-validation).
'use strict';
const validate = require('@learninglocker/xapi-validation').default;
let input = '';
process.stdin.on('data', chunk => { input += chunk; });
process.stdin.on('end', () => {
  const problems = [];
  JSON.parse(input).forEach((statement, index) => {
    validate(statement).forEach(w => {
      problems.push({ index, path: w.path.join('.'), type: w.typeName || w.name, data: w.data });
    });
  });
  process.stdout.write(JSON.stringify(problems));
});
