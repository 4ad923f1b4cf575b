// Builds the hot list from the inline g_page_config, the way Taobao's search page does:
// the item links exist only after this script runs.
(function () {
  var list = document.getElementById("J_HotList");
  var auctions = (((window.g_page_config || {}).mods || {}).itemlist || {}).data;
  auctions = auctions ? auctions.auctions : [];
  var h = document.createElement("h2");
  h.textContent = "今日热卖榜单";
  list.appendChild(h);
  auctions.forEach(function (a) {
    var card = document.createElement("div");
    card.className = "item";
    var link = document.createElement("a");
    link.href = a.detail_url;
    link.textContent = a.raw_title;
    var meta = document.createElement("div");
    meta.className = "meta";
    meta.textContent = "￥" + a.view_price + "  " + a.view_sales + "  " + a.nick + "  " + a.item_loc;
    if (a.pic_url) {
      var img = document.createElement("img");
      img.src = a.pic_url;
      img.alt = "";
      card.appendChild(img);
    }
    card.appendChild(link);
    card.appendChild(meta);
    list.appendChild(card);
  });
})();
