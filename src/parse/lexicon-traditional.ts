/**
 * Traditional characters and the Simplified ones they stand for, one to one,
 * so a Traditional report (萬元, 項目, 鎮, 績效) reads the same as a
 * Simplified one. Only the characters of the words the parser looks for (its
 * lexicons) and of common report words are listed: a test checks with
 * opencc-js that every lexicon character's Traditional form is here. A table
 * rather than opencc-js at run time: it keeps every character at its place
 * (quotes are cut from the text as written by offset), costs nothing for the
 * Simplified reports that are nearly all of them, and adds no 50 ms of
 * dictionary loading to each worker.
 */
export const TRADITIONAL =
  '萬與專業東兩個豐為鄉書買於產從們價會傳體餘黨關興內冊寫農決況劃別辦務動區醫協單賣衛廳縣發號啟啓員團處學實審對將屬廣莊應開當錄態總戰執掃報撥據數無時機權來構標歡濟瀏遊滿點現電蓋積稱簡類約級線組細織經結給統績續綜編聯節獲補規覽覺計議訊記論設訪評話該說説請讀調負財責質貼費資車轉載輸達運這進鎮長門閉問間閱閲隊陽頁頂項預題額馬驗國億並後圍層歲災貧貸範鄰築種養護環礎設備眾麗際違確慮險勞網絡認證戶場廠鐵橋潔淨綠滅輕壓優師純採購維齊斷適監準漢語歷視邊遠鋪沖營側過';
export const SIMPLIFIED =
  '万与专业东两个丰为乡书买于产从们价会传体余党关兴内册写农决况划别办务动区医协单卖卫厅县发号启启员团处学实审对将属广庄应开当录态总战执扫报拨据数无时机权来构标欢济浏游满点现电盖积称简类约级线组细织经结给统绩续综编联节获补规览觉计议讯记论设访评话该说说请读调负财责质贴费资车转载输达运这进镇长门闭问间阅阅队阳页顶项预题额马验国亿并后围层岁灾贫贷范邻筑种养护环础设备众丽际违确虑险劳网络认证户场厂铁桥洁净绿灭轻压优师纯采购维齐断适监准汉语历视边远铺冲营侧过';
