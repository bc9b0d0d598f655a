/** A question still asked: a question word or particle ("多少", "哪", "有没有", "吗"). */
export const ASKS = /多少|几[^乎]|多大|多长|多久|什么|啥|哪|谁|是不是|有没有|吗/u;
