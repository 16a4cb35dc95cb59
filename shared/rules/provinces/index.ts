import type { ProvincePack } from '../types';
import { beijingPack } from './11-beijing';
import { tianjinPack } from './12-tianjin';
import { hebeiPack } from './13-hebei';
import { shanxiPack } from './14-shanxi';
import { neimengguPack } from './15-neimenggu';
import { liaoningPack } from './21-liaoning';
import { jilinPack } from './22-jilin';
import { heilongjiangPack } from './23-heilongjiang';
import { shanghaiPack } from './31-shanghai';
import { jiangsuPack } from './32-jiangsu';
import { zhejiangPack } from './33-zhejiang';
import { anhuiPack } from './34-anhui';
import { fujianPack } from './35-fujian';
import { jiangxiPack } from './36-jiangxi';
import { shandongPack } from './37-shandong';
import { henanPack } from './41-henan';
import { hubeiPack } from './42-hubei';
import { hunanPack } from './43-hunan';
import { guangdongPack } from './44-guangdong';
import { guangxiPack } from './45-guangxi';
import { hainanPack } from './46-hainan';
import { chongqingPack } from './50-chongqing';
import { sichuanPack } from './51-sichuan';
import { guizhouPack } from './52-guizhou';
import { yunnanPack } from './53-yunnan';
import { xizangPack } from './54-xizang';
import { shaanxiPack } from './61-shaanxi';
import { gansuPack } from './62-gansu';
import { qinghaiPack } from './63-qinghai';
import { ningxiaPack } from './64-ningxia';
import { xinjiangPack } from './65-xinjiang';

/** One pack per provincial-level division (31), in GB/T 2260 order. */
export const PROVINCE_PACKS: readonly ProvincePack[] = [
  beijingPack,
  tianjinPack,
  hebeiPack,
  shanxiPack,
  neimengguPack,
  liaoningPack,
  jilinPack,
  heilongjiangPack,
  shanghaiPack,
  jiangsuPack,
  zhejiangPack,
  anhuiPack,
  fujianPack,
  jiangxiPack,
  shandongPack,
  henanPack,
  hubeiPack,
  hunanPack,
  guangdongPack,
  guangxiPack,
  hainanPack,
  chongqingPack,
  sichuanPack,
  guizhouPack,
  yunnanPack,
  xizangPack,
  shaanxiPack,
  gansuPack,
  qinghaiPack,
  ningxiaPack,
  xinjiangPack,
];
