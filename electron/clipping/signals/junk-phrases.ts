/**
 * Words of page furniture, grouped by the kind of furniture they belong to.
 * Data only, shared by the text and the HTML engines.
 *
 * - `labels` are what a whole UI element says ("Share", "Most read"): a line made
 *   of nothing but labels is furniture.
 * - `markers` give furniture away wherever they stand in a short passage
 *   ("we use cookies", "all rights reserved").
 * - `prefixes` open a line that lists things rather than says them
 *   ("Tags: flood, storm", "Read more: Council approves budget").
 *
 * Phrases are written in lower case; they are compared after `normalisePhrase`
 * (signals/phrase-matcher.ts). Phrases in scripts written without spaces
 * (Chinese, Japanese) match as substrings, the others on word boundaries.
 * Most pages are in English, so English is the fullest; the other languages
 * carry the commonest furniture of their news sites.
 */

export type JunkKind =
  | 'navigation'
  | 'consent'
  | 'account'
  | 'share'
  | 'comments'
  | 'promotion'
  | 'advert'
  | 'headlines'
  | 'media'
  | 'footer';

export interface JunkPhraseGroup {
  kind: JunkKind;
  /** Why such text is left out, as the reader shows it. */
  reason: string;
  labels: readonly string[];
  markers: readonly string[];
  prefixes: readonly string[];
}

export const JUNK_PHRASES: readonly JunkPhraseGroup[] = [
  {
    kind: 'navigation',
    reason: 'navigation or menu',
    labels: [
      'home', 'home page', 'homepage', 'menu', 'main menu', 'navigation', 'search', 'site search', 'sections',
      'skip to content', 'skip to main content', 'skip to navigation', 'skip to search', 'skip to site index',
      'skip to main navigation', 'accessibility links', 'back to top', 'return to top', 'go to top', 'top',
      'previous', 'next', 'previous article', 'next article', 'next story', 'previous story', 'close', 'more',
      'show more', 'load more', 'see more', 'view all', 'see all', 'all', 'open', 'toggle navigation',
      'toggle menu', 'toggle search', 'you are here', 'you are at', 'breadcrumb', 'print', 'print this page',
      'text size', 'font size', 'listen', 'listen to this article', 'tags', 'topics', 'hashtags', 'categories',
      'category', 'filed under', 'archives', 'archive', 'sitemap', 'site map', 'site index', 'latest',
      'latest news', 'news', 'breaking news', 'live', 'live tv', 'video', 'videos', 'photos', 'gallery', 'podcasts',
      'newsletters', 'rss', 'rss feed', 'rss feeds', 'search for', 'go', 'submit', 'cancel', 'ok', 'edition',
      'english edition', 'today\'s paper', 'e-edition', 'print edition',
      // de
      'startseite', 'suche', 'zurück', 'weiter', 'zurück zur übersicht', 'nach oben', 'mehr', 'alle',
      'schlagworte', 'themen', 'drucken', 'vorlesen', 'übersicht', 'navigation öffnen', 'menü',
      // fr
      'accueil', 'rechercher', 'recherche', 'retour', 'suivant', 'précédent', 'haut de page', 'plus', 'voir plus',
      'voir tout', 'fermer', 'imprimer', 'mots-clés', 'rubriques', 'à la une',
      // it
      'cerca', 'indietro', 'avanti', 'chiudi', 'stampa', 'torna su', 'altro', 'vedi tutti', 'argomenti',
      'tag', 'sezioni',
      // es / pt
      'inicio', 'portada', 'buscar', 'cerrar', 'ver más', 'volver arriba', 'imprimir', 'etiquetas', 'temas',
      'início', 'pesquisar', 'busca', 'fechar', 'voltar ao topo', 'ver mais', 'anterior', 'próximo',
      // nl
      'zoeken', 'sluiten', 'terug naar boven', 'meer', 'volgende', 'vorige',
      // ru / uk
      'главная', 'поиск', 'меню', 'назад', 'далее', 'наверх', 'закрыть', 'ещё', 'еще', 'все', 'теги', 'рубрики',
      'головна', 'пошук',
      // zh / ja / ko
      '首页', '搜索', '返回顶部', '返回', '更多', '下一篇', '上一篇', '关闭', '菜单', '导航',
      'ホーム', 'トップ', '検索', 'メニュー', '戻る', '次へ', '前へ', 'もっと見る', '一覧', '閉じる',
      '홈', '검색', '메뉴', '목록', '이전', '다음', '닫기', '뒤로가기', '인쇄하기',
    ],
    markers: [
      'skip to content', 'skip to main content', 'you are at:', 'you are here:',
    ],
    prefixes: [
      'tags', 'tagged', 'topics', 'filed under', 'categories', 'category', 'keywords', 'schlagworte', 'themen', 'stichworte',
      'mots-clés', 'thèmes', 'argomenti', 'tag', 'etiquetas', 'temas', 'palavras-chave', 'теги', 'метки', '标签', '关键词', 'タグ',
      '키워드', '태그',
    ],
  },
  {
    kind: 'consent',
    reason: 'cookie or consent notice',
    labels: [
      'accept', 'i accept', 'accept all', 'accept cookies', 'accept & close', 'agree', 'i agree', 'got it',
      'manage cookies', 'cookie settings', 'cookie policy', 'privacy policy', 'privacy notice', 'privacy',
      'terms of use', 'terms of service', 'terms and conditions', 'terms & conditions', 'your ad choices',
      'ad choices', 'do not sell my personal information', 'do not sell my info', 'gdpr', 'data policy',
      'cookie preferences', 'privacy settings', 'your california privacy rights',
      'akzeptieren', 'alle akzeptieren', 'datenschutz', 'datenschutzerklärung', 'cookie-einstellungen',
      'nutzungsbedingungen', 'agb', 'impressum',
      'accepter', 'tout accepter', 'j\'accepte', 'politique de confidentialité', 'mentions légales',
      'conditions générales', 'gérer les cookies',
      'accetta', 'accetto', 'accetta tutti', 'informativa sulla privacy', 'informativa cookie', 'note legali',
      'aceptar', 'acepto', 'política de privacidad', 'aviso legal', 'política de cookies',
      'aceitar', 'política de privacidade', 'termos de uso',
      'accepteren', 'privacybeleid',
      'принять', 'согласен', 'политика конфиденциальности', 'пользовательское соглашение',
      '隐私政策', '用户协议', 'プライバシーポリシー', '利用規約', '개인정보처리방침', '개인정보취급방침', '이용약관',
    ],
    markers: [
      'we use cookies', 'uses cookies', 'use of cookies', 'this site uses cookies', 'this website uses cookies',
      'cookies to improve', 'cookie policy', 'by continuing to use', 'by continuing to browse',
      'by using this site', 'by using our site', 'you consent to', 'you agree to our', 'consent to our use',
      'tracking technologies', 'personalised ads', 'personalized ads', 'privacy policy and', 'european users agree',
      'wir verwenden cookies', 'verwendet cookies', 'nutzung von cookies', 'stimmen sie der verwendung',
      'nous utilisons des cookies', 'utilise des cookies', 'utilisation des cookies', 'vous acceptez',
      'utilizziamo i cookie', 'utilizza cookie', 'uso dei cookie', 'questo sito utilizza',
      'utilizamos cookies', 'usamos cookies', 'uso de cookies', 'utiliza cookies',
      'wij gebruiken cookies', 'maakt gebruik van cookies',
      'использует файлы cookie', 'используем файлы cookie', 'использует cookie', 'файлы cookie',
      '使用cookie', '使用 cookie', 'cookieを使用', 'クッキーを使用', '쿠키를 사용',
    ],
    prefixes: [],
  },
  {
    kind: 'account',
    reason: 'sign-in or subscription prompt',
    labels: [
      'sign in', 'sign out', 'sign up', 'log in', 'log out', 'login', 'logout', 'register', 'subscribe',
      'subscribe now', 'subscriptions', 'subscription', 'my account', 'manage my account', 'account',
      'create account', 'create an account', 'join', 'join now', 'become a member', 'member login', 'sign in to comment',
      'subscribesign in', 'log inregister', 'log in or sign up', 'contribute', 'donate', 'support us',
      'anmelden', 'abmelden', 'registrieren', 'abonnieren', 'abo', 'jetzt abonnieren', 'mein konto', 'einloggen',
      'se connecter', 'connexion', 'déconnexion', 's\'inscrire', 'inscription', 's\'abonner', 'abonnez-vous',
      'mon compte', 'accedi', 'esci', 'registrati', 'iscriviti', 'abbonati', 'abbonamenti', 'il mio account',
      'iniciar sesión', 'registrarse', 'suscríbete', 'entrar', 'sair', 'cadastre-se', 'assine', 'inloggen',
      'aanmelden', 'abonneren', 'войти', 'выйти', 'вход', 'регистрация', 'зарегистрироваться', 'подписаться',
      'личный кабинет', '登录', '注册', '登入', '訂閱', '订阅', 'ログイン', 'ログアウト', '会員登録', '新規登録',
      '로그인', '회원가입', '구독',
    ],
    markers: [
      'to read the full story', 'subscribe to read', 'subscribe to continue', 'subscribers only',
      'already a subscriber', 'already have an account', 'sign in to', 'log in to', 'create a free account',
      'start your free trial', 'free trial', 'for unlimited access', 'unlock this article', 'support independent journalism',
      'support our journalism', 'become a subscriber', 'you have reached your limit', 'free articles',
      'bereits abonnent', 'jetzt weiterlesen', 'weiterlesen mit', 'déjà abonné', 'réservé aux abonnés',
      'già abbonato', 'contenuto riservato', 'уже подписаны',
    ],
    prefixes: [],
  },
  {
    kind: 'share',
    reason: 'share or reaction buttons',
    labels: [
      'share', 'shares', 'share this', 'share this article', 'share this story', 'share on facebook',
      'share on twitter', 'share on linkedin', 'share on whatsapp', 'share via email', 'share all sharing options',
      'sharing options', 'tweet', 'pin', 'pin it', 'email', 'e-mail', 'mail', 'copy link', 'copy url', 'link copied',
      'get short url', 'facebook', 'twitter', 'x', 'linkedin', 'whatsapp', 'telegram', 'reddit', 'pinterest',
      'flipboard', 'pocket', 'instagram', 'youtube', 'tumblr', 'snapchat', 'tiktok', 'messenger', 'google+',
      'stumbleupon', 'blogger', 'vk', 'ok.ru', 'line', 'weibo', 'wechat', 'like', 'likes', 'follow', 'follow us',
      'save', 'saved', 'save article', 'bookmark', 'gift article', 'gift this article', 'follow us on',
      'teilen', 'artikel teilen', 'merken', 'partager', 'partager sur facebook', 'condividi', 'condividi su facebook',
      'compartir', 'compartilhar', 'delen', 'поделиться', 'нравится', '分享', '分享到', '点赞', '收藏', 'シェア',
      'ツイート', 'いいね', '공유', '공유하기', '좋아요',
    ],
    markers: [
      'share this on', 'click to share', 'share this article', 'share on facebook', 'share on twitter',
      'opens in a new window', 'opens in new window', 'follow us on', 'like us on facebook', 'follow the',
    ],
    prefixes: [],
  },
  {
    kind: 'comments',
    reason: 'comments section',
    labels: [
      'comments', 'comment', 'no comments', 'no comments yet', 'no comments yet...', 'add a comment',
      'post comment', 'post a comment', 'leave a comment', 'leave a reply', 'reply', 'replies', 'view comments',
      'show comments', 'read all comments', 'read comments', 'join the conversation', 'join the discussion',
      'discussion', 'top rated comments', 'newest', 'oldest', 'most liked', 'report abuse',
      'kommentare', 'kommentar', 'kommentieren', 'antworten', 'commentaires', 'commentaire', 'réagir', 'répondre',
      'commenti', 'commento', 'lascia un commento', 'rispondi', 'nessun commento', 'comentarios', 'comentários',
      'comentar', 'responder', 'reacties', 'reageer', 'комментарии', 'комментарий', 'ответить',
      '评论', '发表评论', '回复', '留言', 'コメント', 'コメントする', '返信', '댓글', '답글',
    ],
    markers: [
      'comments are closed', 'leave a comment', 'leave a reply', 'you must be logged in to post a comment',
      'commenting using your', 'comment via facebook', 'your email address will not be published',
      'notify me of new comments', 'notify me of follow-up comments', 'be the first to comment',
      'devi essere connesso per inviare un commento', 'post limit reached', 'community guidelines',
      'community standards',
    ],
    prefixes: [],
  },
  {
    kind: 'promotion',
    reason: 'newsletter or app promotion',
    labels: [
      'newsletter', 'newsletter sign-up', 'newsletter sign up', 'sign up for our newsletter', 'get the app',
      'download the app', 'app store', 'google play', 'get it on google play', 'download on the app store',
      'try our ai features', 'email (required)', 'zip code', 'your email', 'email address', 'enter your email',
      'newsletter abonnieren', 's\'inscrire à la newsletter', 'iscriviti alla newsletter', 'рассылка',
      'got a news tip?', 'got a tip for us?', 'send us a tip', 'tip us',
    ],
    markers: [
      'sign up for', 'sign up to', 'subscribe to our', 'our newsletter', 'newsletter for you', 'daily newsletter',
      'in your inbox', 'straight to your inbox', 'delivered to your inbox', 'get our app', 'download our app',
      'download the app', 'on our app', 'website and app', 'what\'s new on', 'by signing up', 'by subscribing',
      'stay informed', 'never miss', 'swipe. select.', 'ai can do for you',
      'newsletter abonnieren', 'unseren newsletter', 'notre newsletter', 'la nostra newsletter',
      'nuestro boletín', 'nossa newsletter', 'подпишитесь на', 'наш telegram', 'подписывайтесь на',
      '关注我们', '扫码关注', 'メールマガジン', 'アプリをダウンロード',
    ],
    prefixes: [],
  },
  {
    kind: 'advert',
    reason: 'advertisement',
    labels: [
      'advertisement', 'advertisements', 'advert', 'adverts', 'advertising', 'advertise', 'advertise with us', 'ad', 'ads', 'sponsored',
      'sponsored content', 'sponsored links', 'promoted', 'promoted stories', 'paid content', 'partner content',
      'story continues below', 'story continues below advertisement', 'article continues below',
      'article continues below advertisement', 'continue reading', 'continue reading below',
      'continue reading the main story', 'story continues', 'scroll to continue', 'scroll to continue with content',
      'skip advertisement', 'ad feedback', 'report this ad', 'remove ads',
      'anzeige', 'werbung', 'publicité', 'pubblicità', 'publicidad', 'publicidade', 'advertentie', 'реклама',
      '广告', '広告', 'pr', 'スポンサーリンク', '광고',
    ],
    markers: [
      'story continues below', 'article continues below', 'continue reading the main story', 'advertisement',
      'scroll to continue', 'this is an advertisement', 'affiliate commission', 'we may earn a commission',
      'may earn an affiliate', 'werbung', 'anzeige',
    ],
    prefixes: [],
  },
  {
    kind: 'headlines',
    reason: 'list of other headlines',
    labels: [
      'top stories', 'top story', 'most read', 'most popular', 'most viewed', 'most shared', 'most commented',
      'popular', 'popular now', 'popular stories', 'trending', 'trending now', 'trending stories', 'recommended',
      'recommended for you', 'recommended stories', 'related', 'related articles', 'related stories',
      'related news', 'related posts', 'related content', 'related coverage', 'related links', 'related topics',
      'related roundup', 'read more', 'read next', 'read also', 'also read', 'see also', 'more stories',
      'more news', 'more from', 'more on this', 'more on this story', 'more in', 'in other news', 'you may also like',
      'you might also like', 'you may like', 'we recommend', 'editor\'s picks', 'editors\' picks', 'don\'t miss',
      'must read', 'latest stories', 'latest articles', 'recent posts', 'recent articles', 'top posts',
      'up next', 'what to read next', 'around the web', 'from the web', 'elsewhere', 'more videos',
      'most popular videos', 'most popular articles', 'the latest', 'other stories',
      'meistgelesen', 'meistgelesene artikel', 'lesen sie auch', 'auch interessant', 'mehr zum thema',
      'das könnte sie auch interessieren', 'weitere artikel', 'weitere beiträge', 'ähnliche artikel', 'empfohlen',
      'à lire aussi', 'lire aussi', 'les plus lus', 'sur le même sujet', 'à lire également', 'articles liés',
      'leggi anche', 'i più letti', 'più letti', 'articoli correlati', 'potrebbe interessarti', 'ti potrebbe interessare',
      'lea también', 'lo más leído', 'más leídas', 'noticias relacionadas', 'te puede interesar',
      'leia também', 'mais lidas', 'notícias relacionadas', 'veja também', 'lees ook', 'meest gelezen',
      'читайте также', 'читайте еще', 'популярное', 'самое читаемое', 'по теме', 'новости по теме', 'похожие статьи',
      '相关新闻', '相关阅读', '相关文章', '热门', '热门新闻', '推荐阅读', '延伸阅读', '热点', '関連記事', '関連ニュース',
      '人気記事', 'おすすめ記事', 'アクセスランキング', 'ランキング', '관련기사', '많이 본 뉴스', '인기기사', '주요뉴스',
    ],
    markers: [
      'you may also like', 'you might also like', 'recommended for you', 'related articles', 'more from',
      'trending now', 'most read', 'top stories',
    ],
    prefixes: [
      'related', 'read more', 'read also', 'also read', 'see also', 'see more', 'more', 'more on', 'read next', 'watch',
      'don\'t miss', 'recommended', 'trending', 'popular', 'lesen sie auch', 'mehr zum thema',
      'lire aussi', 'à lire aussi', 'leggi anche', 'lea también', 'leia também', 'читайте также', '相关阅读', '延伸阅读',
      '関連記事', '관련기사',
    ],
  },
  {
    kind: 'media',
    reason: 'photo or video credit',
    labels: [
      'image', 'photo', 'photos', 'caption', 'credit', 'credit...', 'image credit', 'photo credit', 'expand',
      'enlarge', 'enlarge this image', 'toggle caption', 'hide caption', 'play video', 'watch', 'watch video',
      'watch now', 'play', 'pause', 'mute', 'unmute', 'fullscreen', 'back to gallery', 'view gallery',
      'open gallery', 'view image', 'zoom', 'foto', 'bild', 'bildquelle', 'quelle', 'фото', 'видео', '图片', '写真',
      '사진',
    ],
    markers: [
      'getty images', 'image credit', 'photo credit', 'photo:', 'photograph:', 'image:', 'credit:', 'pictured:',
      'file photo', 'foto:', 'bild:', 'фото:', 'image 1 of', 'photo 1 of',
    ],
    prefixes: [],
  },
  {
    kind: 'footer',
    reason: 'site footer',
    labels: [
      'about', 'about us', 'contact', 'contact us', 'careers', 'jobs', 'help', 'faq', 'feedback', 'corrections',
      'masthead', 'our staff', 'staff', 'press releases', 'site information', 'policies', 'legal', 'accessibility',
      'ethics', 'editorial standards', 'reprints', 'permissions', 'licensing', 'media kit', 'store', 'shop',
      'über uns', 'kontakt', 'karriere', 'hilfe', 'à propos', 'nous contacter', 'qui sommes-nous', 'chi siamo',
      'contatti', 'lavora con noi', 'quiénes somos', 'contacto', 'quem somos', 'contato', 'fale conosco',
      'over ons', 'о проекте', 'контакты', 'о нас', '关于我们', '联系我们', '会社概要', 'お問い合わせ', '회사소개',
    ],
    markers: [
      'all rights reserved', 'all right reserved', 'copyright ©', '© copyright', 'rights reserved',
      'may not be published, broadcast, rewritten or redistributed', 'may not be reproduced',
      'alle rechte vorbehalten', 'tous droits réservés', 'tutti i diritti riservati', 'todos los derechos reservados',
      'todos os direitos reservados', 'alle rechten voorbehouden', 'все права защищены', '版权所有', '版權所有',
      '無断転載', '무단전재', '무단 전재', 'powered by', 'site by', 'designed by',
    ],
    prefixes: [],
  },
];
