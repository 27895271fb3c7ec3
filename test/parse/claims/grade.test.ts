import { describe, expect, it } from 'vitest';
import { findGrades } from '../../../src/parse/claims/grade.js';

const grades = (text: string) => findGrades(text).map((f) => f.claim.value);

describe('grades', () => {
  it('reads the grade as written', () => {
    expect(grades('经综合评价，自评等级为优。')).toEqual(['优']);
    expect(grades('评价结果：良好')).toEqual(['良好']);
    expect(grades('本项目绩效等级为“中”，存在不足')).toEqual(['中']);
  });

  it('does not read a word that only begins like a grade', () => {
    expect(grades('四、绩效自评结果拟应用和公开情况')).toEqual([]);
    expect(grades('评价结果中发现的问题')).toEqual([]);
  });
});
