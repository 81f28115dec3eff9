/** The demo paper (示例报): the seed's two pages of 乐山日报 text, set as printed pages by the project's typesetter. */
export const DEMO_PAPER = {
  name: '示例报',
  description: '演示用报纸：本项目用自己的排版程序把种子数据（乐山日报 2024年7月5日的两版文字）排成的版面，并非该报印刷版。',
};
