// Written with Turkish letters; folding makes each entry match text typed without them too.
import type { LanguageLexicon } from '../lexicon.ts';

// prettier-ignore
export const TR_LEXICON: LanguageLexicon = {
  language: 'tr',
  markers: [
    've', 'bir', 'bu', 'şu', 'için', 'çok', 'ama', 'mi', 'mı', 'mu', 'mü', 'ne', 'var', 'yok', 'da',
    'de', 'ile', 'gibi', 'daha', 'sonra', 'önce', 'oda', 'odada', 'odası', 'odamız*', 'odamı*', 'merhaba*',
    'mrb', 'slm', 'selam*', 'teşekkür*', 'tşk', 'tesekkur*', 'lütfen', 'rica', 'istiyorum', 'istiyoruz',
    'misiniz', 'musunuz', 'miyiz', 'miyim', 'mısınız', 'nedir', 'neydi', 'kaç', 'nasıl', 'nerede', 'hala',
    'şimdi', 'yarın', 'bugün', 'dün', 'akşam', 'sabah', 'gece', 'otelde', 'otelinizde', 'otelinizin',
    'rezervasyon*', 'bey', 'hanım', 'iyi', 'günler', 'akşamlar', 'kadar', 'olarak', 'olur', 'oldu',
    'değil', 'biz', 'bize', 'size', 'sizin', 'bizim', 'eşim*', 'oğlum*', 'kızım*', 'geldik', 'yaptık',
    'kaldık', 'hemen', 'acil', 'saat', 'kişi*', 'gün', 'fiyat*', 'ücret*', 'misafir*', 'aradı', 'istedi',
    'sordu', 'her', 'şey', 'dahil', 'diye', 'yine', 'veya', 'ya', 'hiç', 'herkes*', 'maalesef', 'ayrıca',
    'sayın', 'saygılarımla', 'saygılar', 'tarih*', 'olacak', 'olursa', 'varsa', 'yoksa', 'bilgi*',
  ],
  topics: {
    question: {
      1.5: [
        'ne kadar', 'kaç', 'kaça', 'kaçta', 'saat kaç*', 'nedir', 'neydi', 'var mı', 'var mıdır',
        'mevcut mu', 'nasıl', 'nerede', 'hangi', 'ücretli mi', 'ücretsiz mi', 'dahil mi', 'kabul ediyor*',
        'fiyat*', 'bilgi*', 'ne zamana kadar', 'saat kaça kadar', 'kapıda ödeme', 'getirebilir miyiz',
        'açık mı', 'kaç yaş*', 'uzaklığı', 'şifre*', 'şifresi',
      ],
      0.5: ['ücret*', 'mümkün mü', 'ödeme', 'mi', 'mı', 'mu', 'mü', 'nakit', 'kredi kartı'],
    },
    complaint: {
      3: [
        'çalışmıyor', 'temizlenmedi', 'havlu da yok', 'havlu yok', 'bozuk', 'bozul*', 'kirli', 'pis', 'pisti', 'şikayet*', 'rezalet*', 'rezil*', 'berbat',
        'kaba', 'ilgisiz*', 'gürültü*', 'uyuyamıyoruz', 'uyuyamadık', 'hamam böceği', 'böcek*', 'akıtıyor',
        'sızdır*', 'tıkalı', 'lekeli', 'kimse gelmedi', 'kimse ilgilenmedi', 'ilgilenmedi', 'memnuniyetsiz*',
        'memnun değil*', 'kabus', 'su yok', 'sıcak su yok', 'elektrik yok', 'kabul edilemez', 'rağmen',
        'bu şekilde', 'soğuktu', 'değişmedi', 'yapılmadı', 'çözülmedi', 'düzeltilmesini', 'kızgın',
        'yazıyordu ama', 'zehirlen*', 'kötü', 'kötüydü',
      ],
      2: [
        'koku*', 'kokuyor', 'akıyor', 'soğuk', 'değiştirin', 'yine', 'hala', 'hâlâ', 'sorun*', 'problem*',
        'gelmedi', 'verildi', 'yanlış', 'gördük', 'ıslak', 'lavabo', 'kesildi', 'düştü', 'kanıyor',
      ],
      1: ['maalesef', 'ama', 'yok'],
    },
    change: {
      3: [
        'ileri al*', 'sonraya al*', 'bir gün sonra*', 'ertele*', 'uzat*', 'yükselt*', 'upgrade', 'bir gece daha', 'bir kişi daha',
        'değiştirmek istiyoruz', 'değiştirmek istiyorum', 'değiştirebilir*', 'ekleyebilir*', 'eklenecek',
        'geçebilir miyiz', 'yerine', 'isim yanlış', 'yanlış yazıl*', 'tarih değişikliği', 'tarihlerini',
        'değişiklik*',
      ],
      2: ['değiştir*', 'ekle*', 'düzelt*', 'fark*', 'fiyat farkı', 'aradaki fark', 'fark ne kadar'],
    },
    cancellation: {
      3: ['iptal*', 'iptal koşul*', 'iptal şart*', 'iptal ücreti', 'ücretsiz iptal'],
      2: ['gelemiyoruz', 'gelemeyeceğiz', 'gelemeyecegiz', 'kesinti'],
      '-4': ['iptal olmasın', 'iptal etmeyin'],
      '-1': ['iptal ettim', 'iptal ettiğimiz', 'iptal ettik'],
    },
    refund: {
      3: [
        'iade*', 'geri öde*', 'depozito*', 'provizyon*', 'iki kez çekim', 'iki kez ödeme', 'iki kez',
        '2 kez', 'çift çekim', 'fazla çekil*', 'hesabıma geçmedi', 'kartıma yatmadı', 'geri al*',
        'ödeme alınmış', 'paramı geri',
      ],
      2: ['yanlış yansıt*', 'ön ödeme', 'yatar', 'yatmadı', 'çekilen', 'çekim', 'ücreti yanlış'],
    },
    special_request: {
      3: [
        'erken giriş', 'erken check in', 'geç çıkış', 'bebek yatağı', 'bebek karyola*', 'ek yatak',
        'yastık*', 'battaniye*', 'ayarlayabilir*', 'ayarlar mısınız', 'hazırlayabilir*', 'hazırlar mısınız',
        'sürpriz*', 'çiçek*', 'bebek koltu*', 'tekerlekli sandalye', 'engelli', 'yakın iki oda',
        'yan yana', 'ayırabilir*', 'rezerve edebilir*', 'geç saatte', 'geç varış', 'isteyebilir miyiz',
        'iptal olmasın', 'bebek maması', 'mama', 'yer ayır*', 'taksi ayarla*',
      ],
      2: [
        'pasta*', 'balayı*', 'doğum günü', 'yıldönümü', 'transfer*', 'gönderebilir misiniz', 'havlu*',
        'rica ediyorum', 'rica ederim', 'rica ederiz', 'verebilir misiniz',
        'mümkünse', 'mümkün mü', 'alerji*', 'vejetaryen', 'glutensiz',
      ],
    },
    invoice: {
      3: [
        'fatura*', 'vergi no*', 'vergi numara*', 'vergi dairesi', 'vkn', 'makbuz*', 'şirket adına',
        'ünvan*', 'unvan*', 'proforma',
      ],
      2: ['vd', 'firma*', 'şirket*'],
      1: ['fiş'],
    },
    lost_item: {
      3: [
        'unuttum', 'unutmuşum', 'unuttuk', 'unutmuş*', 'unutul*', 'kaybettim', 'kaybettik', 'kayıp eşya*',
        'bulunduysa', 'bulunursa', 'bulan olursa', 'bulundu mu', 'gelen oldu mu', 'kalmış',
      ],
      2: ['kayıp', 'unut*', 'kaldı', 'kargo*', 'kargoyla'],
    },
    feedback: {
      3: [
        'tavsiye ederim', 'öneri*', 'eline sağlık', 'emeği geçen*', 'seneye yine', 'yine geleceğiz',
        'tekrar geleceğiz', 'memnun kaldık', 'çok teşekkür*', 'teşekkür ederiz', 'teşekkürler',
      ],
      2: [
        'harika*', 'muhteşem*', 'mükemmel*', 'süper*', 'çok güzel', 'güzel bir', 'ilgiliydi', 'titiz',
        'pırıl pırıl', 'çok iyiydi', 'teşekkür*', 'özellikle', 'eğlendi',
      ],
      1: ['tşk', 'güzel', 'iyi'],
    },
  },
  stages: {
    pre_stay: {
      3: [
        'geleceğiz', 'gelecek*', 'geliyoruz', 'varacağız', 'gelirken', 'geldiğimizde', 'gelmeden',
        'gelemiyoruz', 'gelemeyeceğiz', 'balayındayız', 'giriş yapmak', 'gelsek', 'gelecekler',
        'uçağımız', 'iniyor',
      ],
      '-3': ['yine geleceğiz', 'tekrar geleceğiz'],
      2: ['varış*', 'rezervasyon*', 'ailece', 'ocak', 'şubat', 'mart', 'nisan', 'mayıs', 'haziran', 'temmuz', 'ağustos', 'eylül', 'ekim', 'kasım', 'aralık'],
      1: ['gelmek', 'ödeme', 'önceden'],
    },
    in_stay: {
      3: [
        'şu an', 'şu anda', 'konaklıyorum', 'konaklıyoruz', 'lobideyiz', 'sabahtan beri', 'çıkış günü',
        'kalıyoruz', 'akşamki', 'bu akşam', 'bu gece', 'odamızda', 'odamda', 'odamız',
      ],
      2: ['oda #', 'şimdi', 'bugün', 'yarın sabah', 'odada', 'odaya', 'odamızı', 'gece yarısı'],
      1: ['yarın', 'havuz*', 'plaj*', 'oda servis*', 'lobi*'],
      0.5: ['resepsiyon*'],
    },
    post_stay: {
      5: ['ayrıldık', 'ayrıldıktan', 'çıkış yaptık', 'çıkış yapalı', 'eve döndük', 'evimize vardık', 'ayrıldığımız'],
      4: ['kaldık', 'konakladık', 'konakladığımız', 'otelinizdeydik', 'kaldığımız', 'tatildi', 'tatilimiz'],
      3: ['döndük', 'geçen hafta', 'geçen ay', 'konaklamamız*', 'yine geleceğiz', 'tekrar geleceğiz'],
      2.5: ['çıkışta'],
      2: ['seneye', 'kaldı', 'otelden', 'konaklama'],
      1: ['geçen'],
    },
  },
  urgency: {
    3: ['acil*', 'acilen', 'hemen', 'derhal', 'imdat', 'yardım edin', 'çabuk'],
    '-3': ['acil değil', 'acelesi yok'],
  },
  escalation: {
    reputation_risk: {
      3: [
        'şikayetvar*', 'google yorum*', 'yorum sitelerinde', 'tripadvisor', 'sosyal medya*', 'instagramda',
        'herkese anlatacağım', 'yorum yazacağım', 'yorumlarına', 'kötü yorum', 'basına', 'tavsiye etmiyorum',
      ],
      2: ['yorum*', 'paylaşacağım', 'yazacağım'],
    },
    safety: {
      3: [
        'doktor*', 'hastane*', 'ambulans*', 'yaralan*', 'kanıyor', 'kan', 'zehirlen*', 'kustu', 'kusma*',
        'ishal*', 'alerji*', 'şişti', 'kaydı düştü', 'düştü', 'cam kırığı', 'yangın*', 'duman*', 'gaz kokusu',
        'elektrik çarp*', 'çalındı', 'çalıntı', 'hırsız*', 'güvenlik*', 'boğul*', 'revir*', 'akrep*', 'yılan*',
        'kesildi', 'yandı', 'ateşi',
        // Water near electricity, a lock that does not close, someone in the room, a child at risk.
        'priz*', 'elektrik kaça*', 'çarpacak', 'kilidi kırık', 'kilit kırık', 'kilitlenmiyor', 'kapanmıyor',
        'odaya biri gir*', 'odamıza biri gir*', 'biri girmiş', 'cüzdan*', 'kaydım', 'kaydı', 'düştüm',
        'kafasını çarp*', 'ateş*', 'hastalandı', 'kusuyor*',
      ],
      2: ['hasta*', 'küçük çocuk', 'bebeğ*', 'balkon*'],
    },
    high_cost: {
      3: [
        'tüm konaklama', 'tamamının iadesi', 'tamamı', 'tazminat*', 'avukat*', 'yasal yol*', 'mahkeme*',
        'bankaya itiraz', 'tüketici hakem*', 'yarısının iadesi', 'en az yarısı*',
      ],
      1: ['itiraz*'],
    },
  },
};
