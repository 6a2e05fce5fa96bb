/**
 * Exact spellings of the IANA time zone names that `Intl.supportedValuesOf("timeZone")`
 * may leave out: every link (backward-compatible alias) of the tz database, plus the
 * zones V8 lists under another name (Asia/Kolkata appears as Asia/Calcutta) or not at
 * all (Etc/GMT+5, EST5EDT). Names only, from tzdata 2025b; every offset and rule still
 * comes from `Intl`. The list exists because `Intl` matches names case-insensitively
 * and canonicalises them, while the reference opens `/usr/share/zoneinfo/<name>` on a
 * case-sensitive file system, so the accepted case cannot be learnt from `Intl`.
 * Keys are areas (`""` for names without one), values space-separated names inside it.
 */
const ALIAS_NAMES_BY_AREA: Readonly<Record<string, string>> = {
  "Africa/": "Asmara Asmera Timbuktu",
  "America/":
    "Argentina/Buenos_Aires Argentina/Catamarca Argentina/ComodRivadavia Argentina/Cordoba " +
    "Argentina/Jujuy Argentina/Mendoza Atikokan Atka Buenos_Aires Catamarca Coral_Harbour Cordoba Ensenada " +
    "Fort_Wayne Godthab Indiana/Indianapolis Indianapolis Jujuy Kentucky/Louisville Knox_IN Kralendijk " +
    "Louisville Lower_Princes Marigot Mendoza Montreal Nipigon Nuuk Pangnirtung Porto_Acre Rainy_River Rosario " +
    "Santa_Isabel Shiprock St_Barthelemy Thunder_Bay Virgin Yellowknife",
  "Antarctica/": "South_Pole",
  "Arctic/": "Longyearbyen",
  "Asia/":
    "Ashkhabad Calcutta Choibalsan Chongqing Chungking Dacca Harbin Ho_Chi_Minh Istanbul Kashgar " +
    "Kathmandu Katmandu Kolkata Macao Rangoon Saigon Tel_Aviv Thimbu Ujung_Pandang Ulan_Bator Yangon",
  "Atlantic/": "Faeroe Faroe Jan_Mayen",
  "Australia/": "ACT Canberra Currie LHI NSW North Queensland South Tasmania Victoria West Yancowinna",
  "Brazil/": "Acre DeNoronha East West",
  "":
    "CET CST6CDT Cuba EET EST EST5EDT Egypt Eire GB GB-Eire GMT GMT+0 GMT-0 GMT0 Greenwich HST Hongkong " +
    "Iceland Iran Israel Jamaica Japan Kwajalein Libya MET MST MST7MDT NZ NZ-CHAT Navajo PRC PST8PDT Poland " +
    "Portugal ROC ROK Singapore Turkey UCT UTC Universal W-SU WET Zulu",
  "Canada/": "Atlantic Central Eastern Mountain Newfoundland Pacific Saskatchewan Yukon",
  "Chile/": "Continental EasterIsland",
  "Etc/":
    "GMT GMT+0 GMT+1 GMT+10 GMT+11 GMT+12 GMT+2 GMT+3 GMT+4 GMT+5 GMT+6 GMT+7 GMT+8 GMT+9 GMT-0 GMT-1 " +
    "GMT-10 GMT-11 GMT-12 GMT-13 GMT-14 GMT-2 GMT-3 GMT-4 GMT-5 GMT-6 GMT-7 GMT-8 GMT-9 GMT0 Greenwich UCT UTC " +
    "Universal Zulu",
  "Europe/":
    "Belfast Bratislava Busingen Kiev Kyiv Mariehamn Nicosia Podgorica San_Marino Tiraspol Uzhgorod " +
    "Vatican Zaporozhye",
  "Mexico/": "BajaNorte BajaSur General",
  "Pacific/": "Chuuk Enderbury Johnston Kanton Pohnpei Ponape Samoa Truk Yap",
  "US/":
    "Alaska Aleutian Arizona Central East-Indiana Eastern Hawaii Indiana-Starke Michigan Mountain Pacific " + "Samoa",
};

/** Every name of `ALIAS_NAMES_BY_AREA`, area included ("Asia/Kolkata"). */
export function listAliasZoneNames(): string[] {
  return Object.entries(ALIAS_NAMES_BY_AREA).flatMap(([area, names]) => names.split(" ").map((name) => area + name));
}
