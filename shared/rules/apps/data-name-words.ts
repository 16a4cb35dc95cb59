import { HUAWEI_APP_FAQ } from './sources';

/**
 * Word lists of the app-name rules (华为云「App备案咨询」: 「不得使用广义归纳、热门应用名称、行业名词等不具辨识性的
 * 词汇；不得含有占位符、表情符号；不得包含定价或营销属性词汇」). The provider gives the categories, not the
 * words: the words here are plain examples of each category, so the rules warn, never error.
 */
export const APP_NAME_WORDS_SOURCE = HUAWEI_APP_FAQ;

/** A whole name made only of one of these says what kind of app it is, not which one. */
export const GENERIC_APP_NAMES: readonly string[] = [
  '浏览器',
  '计算器',
  '天气',
  '相机',
  '相册',
  '音乐',
  '视频',
  '商城',
  '新闻',
  '地图',
  '日历',
  '手电筒',
  '阅读',
  '游戏',
  '工具',
  '购物',
  '外卖',
  '打车',
  '导航',
  '翻译',
  '记账',
  '笔记',
  '闹钟',
  '直播',
  '短视频',
  '小说',
  '健身',
  '学习',
  '教育',
  '医疗',
  '招聘',
  '租房',
  '二手车',
  '快递',
  '社交',
  '聊天',
  '输入法',
  '壁纸',
  '清理',
  '文件管理',
  '应用商店',
  '支付',
  '银行',
  '理财',
  '保险',
  '旅游',
  '酒店',
  '美食',
  '电商',
  '资讯',
  '办公',
];

/** Suffixes stripped before comparing with the generic list (`天气APP` is still just 天气). */
export const GENERIC_SUFFIXES: readonly string[] = [
  'app',
  'APP',
  'App',
  '应用',
  '软件',
  '客户端',
  '小程序',
  '快应用',
  '平台',
];

/** Price and marketing words. */
export const MARKETING_WORDS: readonly string[] = [
  '免费',
  '限时',
  '折扣',
  '打折',
  '优惠',
  '特价',
  '低价',
  '最低价',
  '0元',
  '一元',
  '包邮',
  '秒杀',
  '红包',
  '返现',
  '赚钱',
  '中奖',
  '抽奖',
  '福利',
  '促销',
  '第一',
  '最好',
  '最强',
  '官方推荐',
  '全网最',
  'No.1',
  'NO.1',
];

/** Names that are a template's or a form's placeholder, compared in lower case without spaces. */
export const PLACEHOLDER_NAMES: readonly string[] = [
  '测试',
  '测试应用',
  'test',
  'demo',
  'example',
  '示例',
  '未命名',
  'untitled',
  'myapplication',
  'myapp',
  'app名称',
  '应用名称',
  '请输入',
  '请输入app名称',
  'xxx',
  'xx',
  'null',
  'undefined',
  'appname',
  'hello world',
  'helloworld',
];

/** Template markers left in a name: `{app_name}`, `${name}`, `%s`, `@string/app_name`, `$(PRODUCT_NAME)`. */
export const PLACEHOLDER_MARKERS = /\{[^}]*\}|\$\([^)]*\)|%[sd@]|@string\/|<[^>]+>|_{2,}|x{3,}/i;
