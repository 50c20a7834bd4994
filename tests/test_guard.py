"""The fact guard: values, not strings; promises by meaning; the customer's own facts.

Each case is one of issue 9's findings: a good rewrite the old guard threw away,
or a defect it let through.
"""

from __future__ import annotations

import datetime

import pytest

from reviewer.guard import asked
from reviewer.guard.compare import compare, facts, optional
from reviewer.guard.promises import promises
from reviewer.guard.verify import verify
from reviewer.lint.engine import Linter

LINTER = Linter()


def cut(draft: str, lang: str) -> list[tuple[int, int]]:
    """The spans whose facts may go (S001, S003, a repeated apology's sentence, a blaming phrase's clause), as the rewrite loop passes them."""
    return optional(LINTER.check(draft, lang=lang).findings, draft, lang)


def values(text: str, lang: str = "en") -> set[tuple[str, str]]:
    return {(f.kind, f.value) for f in facts(text, lang)}


@pytest.mark.parametrize(
    ("a", "b", "kind", "value"),
    [
        ("£12.50", "12.50 GBP", "money", "GBP 12.5"),
        ("AED 1,850", "1 850 AED", "money", "AED 1850"),
        ("2 310 ₽", "2310 рублей", "money", "RUB 2310"),
        ("64,90 €", "€64.90", "money", "EUR 64.9"),
        ("on March 5, 2026", "on 5 March 2026", "date", "2026-03-05"),
        ("Tue 5 Mar 2026", "Tuesday, 5 March 2026", "date", "2026-03-05"),
        ("05.03.2026", "5 марта 2026 года", "date", "2026-03-05"),
        ("до 31.12.2026", "до 31 декабря 2026 г.", "date", "2026-12-31"),
        ("8:55 pm", "20:55", "time", "20:55"),
        ("from 8am", "from 08:00", "time", "08:00"),
        ("within 48 hours", "in 48 hours", "duration", "48 hour"),
        ("status.lynxtel.co.uk", "https://status.lynxtel.co.uk/", "url", "status.lynxtel.co.uk"),
        ("flight SK 412", "flight SK412", "reference", "SK412"),
        ("госномер А 123", "госномер A 123", "reference", "A123"),  # Cyrillic А, Latin A
        ("within 48 hours", "within 2 days", "duration", "48 hour"),  # one duration in other units
        ("5 000 ₽", "5 тыс. рублей", "money", "RUB 5000"),
        ("с 9.00 до 18.00", "с 09:00 до 18:00", "time", "09:00"),
        ("from 9h30 until 18h", "from 9:30 am until 6 pm", "time", "18:00"),  # the clock written with "h" after a preposition
        ("с 10h до 19h", "с 10:00 до 19:00", "time", "19:00"),
        ("тариф «Гигабит» (1 Гбит/с)", "тариф «Гигабит», 1000 Мбит/с", "data", "1 Gbit/s"),  # one speed in other units
        ("at 24.86p per kWh", "at 24.86 pence per kWh", "money", "GBP 0.2486"),  # an amount in minor units
        ("5,47 ₽ за кВт·ч", "5 рублей 47 копеек за кВт·ч", "money", "RUB 5.47"),
        ("придёт завтра, 7 ноября, с 8 до 12.", "придёт завтра, 7 ноября, между 8 и 12 часами.", "time", "08:00"),  # a visit's window after its day
        ("пункт выдачи (пн–вс с 9:00 до 21:00)", "пункт выдачи (ежедневно с 9:00 до 21:00)", "schedule", "daily"),
        ("the supply will be off for 45 minutes", "the supply will be off for about three quarters of an hour", "duration", "45 minute"),
        ("our driver can drop them off tomorrow before 6pm", "our driver will drop them round tomorrow before 6 in the evening", "time", "18:00"),
        ("open 7 a.m.–5 p.m. Central, Monday through Friday", "open Monday to Friday, 7 in the morning to 5 in the afternoon Central time", "timezone", "CST"),
        ("Monday-Saturday 9:00-5:30", "Monday to Saturday from 9 to 5:30", "time", "17:30"),  # opening hours' end with its minutes
    ],
)
def test_one_value_however_it_is_written(a, b, kind, value):
    lang = "ru" if any("а" <= ch <= "я" for ch in a + b) else "en"
    assert (kind, value) in values(a, lang)
    assert compare(a, b, lang).ok


@pytest.mark.parametrize(
    ("draft", "rewrite", "context"),
    [
        ("Refunds take 3-5 business days.", "Refunds take 3–5 business days.", None),  # en dash
        ("As a gesture of goodwill we will reduce the invoice to £520 (a £40 discount).", "We are taking £40 off, so the invoice comes down to £520.", None),  # the amount in an aside
        ("Ремонт машины (серийный номер 304KW) выполняется бесплатно по гарантии.", "Ремонт машины (серийный номер 304KW) для вас бесплатный: его покрывает гарантия.", None),
        ("Damaged items are collected free of charge. The driver will bring a new one on the same trip.", "The driver will bring your replacement on the same trip; the collection is free of charge.", None),
        ("Returns within the 100-night trial are free.", "You're within the 100-night trial, so returning the mattress costs you nothing.", None),
        ("Fiona will exchange the TV (model QN55-Q80C) for a new one of the same model.", "Fiona will swap your QN55-Q80C for a new one of the same model.", None),
        ("The refund was issued on 6 May.", "The refund went out on 6 May. Banks usually take five to seven working days to show a refund on the statement.", None),
        ("Её исключила воспитатель Марина Игоревна Орлова.", "Её исключила воспитатель, Марина Игоревна.", None),  # first name and patronymic
        ("С уважением,\nзам. директора Ирина Олеговна Миронова\nШкола № 142", "И. О. Миронова, заместитель директора\nшкола № 142", None),  # initials
        ("Номер в «Аэротель» оплачен до пятницы.", "Номер в «Аэротеле» оплачен до пятницы.", None),  # a name the dictionary lacks, in another case
        ("Your parcel (waybill 4827 1109 36) will be delivered on Monday.", "Your parcel (waybill 4827110936) will be delivered on Monday.", None),
        ("Номер операции (ARN) 74523161109882710045.", "Номер операции для банка: ARN 74523161109882710045.", None),
        ("Посылка придёт на Комсомольский пр-т, 9.", "Посылка придёт в тот же пункт (Комсомольский пр-т, 9) — там её и заберёте.", None),  # a house number, no list
        ("Roam Like Home covers 47 European destinations.", "Roam Like Home includes 47 destinations in Europe.", None),
        ("As stated on the payment page, do not press the Pay button twice. The duplicate £75.00 will be refunded.", "The duplicate £75 will go back to your card.", None),  # a button's label is no name
        ("The B1 group starts 13 January, 18:30-20:30, Room G12.", "The B1 group starts 13 January, 18.30 to 20.30, Room G12.", None),
        ("Абонентскую плату с 20 по 30 мая мы не начислим.", "За период с 20 по 30 мая абонентскую плату мы не возьмём.", None),
        ("Второе списание будет возвращено на карту в течение 10 рабочих дней.", "Второе списание вернём на карту в течение десяти рабочих дней.", None),
        ("Мы отправили деньги 12 апреля.", "Мы вернули деньги ещё двенадцатого апреля.", None),
        ("Деталь привезут 3 декабря.", "Новую деталь привезут 3 декабря.", None),  # a part for the repair is no replacement
        ("We will send you a free Hub 6 router.", "We're sending you a new Hub 6 router at no cost.", None),  # one remedy told by two kinds
        ("You can pay the £318.18 by 28 February, or spread it over 6 monthly payments of £53.03.", "You can pay the £318.18 in full by 28 February or spread it over six monthly payments of £53.03.", None),
        ("This will be paid to your original card within 14 days.", "We'll pay it to your original card within 14 days.", None),
        ("Refunds are processed within 10 working days.", "We process refunds within ten working days.", None),  # how refunds go, no promise
        ("За опоздание более 4 часов вам положена компенсация 50% стоимости билета.", "За опоздание более 4 часов вам положена компенсация 50% стоимости билета. Такси в эту компенсацию не входит.", None),
        ("Refunds take 3-5 business days.", "Refunds take 3 to 5 business days.", None),
        ("The cabinet at 42 Baker Street is being repaired.", "We are repairing the cabinet at 42 Baker Street.", None),  # no clock time
        ("Dear Sir or Madam,\nthe hold of AED 1,850 is released automatically.", "Hello,\nthe AED 1,850 hold is released automatically.", None),
        ("You cancelled on February 27, 2026.", "You cancelled on 27 February 2026.", None),
        ("Call us 8am-8pm.", "Call us 08:00–20:00.", None),
        ("Я вернула 2 напитка.", "Я вернула два напитка.", None),
        ("Ваш куратор — Ирина Соколова.", "Звоните вашему куратору Ирине Соколовой.", None),
        ("За задержку можно вернуть 50% стоимости.", "За задержку можно вернуть половину стоимости.", None),
        ("The driver's photo shows the parcel at the porch.", "The photo shows the parcel left at the porch at 14:02.", "Tracking says delivered at 14:02."),
        ("Your request has been registered under number 1749026496036. Your refund went out.", "Your refund went out.", None),
        ("Dear customer, your order #48213 shipped.", "Hi {{first_name}}, your order #48213 shipped.", None),  # the helpdesk fills it in
        ("Your request regarding order #48213 has been registered under number {{ticket.id}}. The battery is under warranty.", "Your order #48213: the battery is under warranty.", None),
        ("You can collect two heaters at the depot.", "You can collect 2 heaters at the depot.", None),
        ("We rebooked it.\n\nThanks for your understanding,\nLisa", "We've rebooked it.\n\nThanks for bearing with us,\nLisa", None),
        ("Посылка будет в пункте 16 октября после 12:00.", "Посылка будет в пункте 16.10 после 12 часов.", None),  # a Russian date without the year
        ("Квитанцию за июль оплатите как обычно.", "Июльскую квитанцию оплатите как обычно.", None),  # a month's adjective
        ("Мастер будет через 30 минут.", "Мастер будет через полчаса.", None),
        ("The main was repaired at 02:30 this morning.", "We repaired the main at 2:30am today.", None),
        ("PayPal usually shows it within 24h.", "PayPal normally shows it within 24 hours.", None),
        ("Please return the size 44 with the enclosed label, no need to pay anything.", "Please send the size 44 back using the enclosed label; there's nothing to pay.", None),
        ("We moved your direct debit to the 28th.", "Your direct debit now goes out on 28 March.", None),
        ("Вход с 18:30, заказ от 3 апреля в 22:18 мск.", "Вход с 18.30, заказ от 3 апреля, 22.18 мск.", None),  # a Russian time with a point
        ("Мастер приедет во вторник, 24 июня.", "Мастер приедет во вторник, 24.06.", None),
        ("К оплате 3 846 руб. 50 коп.", "К оплате 3 846,50 ₽.", None),
        ("Хранение продлим на 6 месяцев, ответим в течение 24 часов.", "Хранение продлим на полгода, ответим в течение суток.", None),
        ("Соберут примерно за 3,5 часа.", "Соберут примерно за три с половиной часа.", None),
        ("Tracking 1Z 999 AA1 01 2345 6784, corkage per 75 cl bottle.", "Tracking 1Z999AA10123456784, corkage per 75cl bottle.", None),
        ("Your lesson is at 3:00 pm and runs until 5:00 pm.", "Your lesson runs from 3 to 5 pm.", None),
        ("Dear Applicant,\nyour application 2025-DS-04417 is complete.", "Hello,\nyour application (ID 2025-DS-04417) is complete.", None),
        ("Fixed. The ticket reference for this conversation is SF-TKT-100482.", "Fixed.", None),
        ("Call +971 4 555 0199 or WhatsApp 050 555 0147.", "Call +971 4 555 0199, or WhatsApp us at +971 50 555 0147.", None),
        ("We will assemble the 2 dressers.", "We will assemble both dressers.", None),
        ("Return it with code VZ-4417-K. Then we refund 1 590 ₽.", "Return it with code VZ-4417-K. When it arrives, we refund 1 590 ₽.", None),  # "K" ends a code
        ("I have issued a new code, valid for 48 hours.", "Here is a new code. The new one is valid for 48 hours.", None),
        ("The code works until 10:30 on Saturday 8 March.", "The code works until 10:30 on Saturday 8 March, so collect it by Saturday.", None),
        ("Вы сдали 4 колеса Nokian 10 205/55 R16.", "Вы сдали четыре колеса Nokian 10 размера 205/55 R16.", None),
        ("Hello Sophie, Apologies for the mix-up. The coat ships today.", "Hello Sophie,\nthe coat ships today. I'm sorry for the mix-up.", None),  # no name after a greeting's comma
        ("Your refund of €40 was issued today.", "Your refund of €40 was issued today. I'm sorry the refund is taking this long.", None),
        ("Сбор за возврат — 372 рубля.", "Сбор за возврат составит 372 рубля.", None),
        ("Сумма 5 000 ₽ будет возвращена.", "Эти 5000 рублей вернутся вам в течение [срок].", None),
        ("Храните при +2…+8 °C. К оплате 3 846 ₽.", "Храните в холодильнике при +2…+8 °C. К оплате при получении 3 846 ₽.", None),  # «К» is no initial
        ("Deliveries run Tue and Thu.", "We deliver on Tuesdays and Thursdays.", None),
        ("Мы вернули на карту стоимость первых суток — 3 450 ₽.", "Стоимость первых суток, 3450 ₽, мы вернули на карту.", None),  # the gaps are what it is about
        ("Полная стоимость заказа 1 560 руб. (заказ FD-882104) возвращена.", "Мы вернули полную стоимость заказа FD-882104 — 1560 рублей.", None),
        ("Верните коробку в течение 14 дней и получите полный возврат.", "Если вернёте коробку в течение 14 дней, деньги вернём полностью.", None),
        ("Абонентская плата за первый месяц (650 ₽) списана не будет.", "Абонентскую плату за первый месяц (650 ₽) мы не спишем.", None),
        # a remedy of the draft's in other words: its clause names what the draft's sentence names, or its amount
        ("The replacement part has been ordered, and the engineer, Sam Patel, will fit it on 15 January.", "Sam Patel will replace the failed valve on 15 January.", None),
        ("His recheck is booked for 18 March with Dr. Feldmann; it is free as part of the package.", "His recheck with Dr Feldmann on 18 March is free.", None),
        ("Привезём их к вам на ул. Коллонтай, д. 21, в субботу, бесплатно.", "Мы бесплатно привезём ваши колёса на ул. Коллонтай, 21, в субботу.", None),
        ("Штраф 1 500 ₽ отменён, деньги вернутся на карту Мир в течение 3–5 дней.", "Штраф 1 500 рублей мы отменили. Деньги вернутся на карту «Мир» за 3–5 дней.", None),
        ("Я поменяла его на «Лосось для кошек» со следующей коробки.", "Я заменила его на «Лосось для кошек» со следующей коробки.", None),
        ("You are entitled to 50% of the fare, which is £44.75.", "We'll pay you £44.75, which is 50% of the fare.", None),
        ("We will refund the $62.50. Opening a dispute can delay the refund.", "We'll refund the $62.50; a dispute would slow the refund down.", None),
        ("Мы вернули разницу в стоимости — 7 500 ₽.", "Мы вернули 7500 руб. — разницу в стоимости.", None),
        # values read the way people write them
        ("The rooms on the 4th floor were closed.", "The fourth-floor rooms were closed.", None),
        ("If it hasn't arrived within 48 hours, we will cancel it.", "If it hasn't arrived within two days, we'll cancel it.", None),
        ("If the label hasn't arrived within an hour, DM us.", "If the label isn't in your inbox within the hour, DM us.", None),
        ("A courier will deliver it between 6 and 10pm.", "A courier will bring it between 18:00 and 22:00.", None),
        ("Перерасчёт за период с 10.06 по 24.06 будет в квитанции.", "Перерасчёт за дни с 10 по 24 июня будет в квитанции.", None),
        ("Занятие перенесли на понедельник, 16 июня. В понедельник оно продлится 2 часа.", "Занятие перенесли на понедельник, 16 июня, и оно продлится 2 часа.", None),
        ("Your recheck is on 18 March 2026.", "Your recheck is on Wednesday, 18 March 2026.", None),  # the weekday worked out from the date
        ("@ivan_petrov Приносим извинения за задержку. Заказ № 5512 приехал.", "@ivan_petrov Заказ № 5512 приехал.", None),
        ("Thank you for contacting Pipeline Support. Logins work again.", "Logins work again.", None),
        ("It is held at 212 W 14th St, New York, NY 10011, in Columbus, OH.", "It is held at 212 West 14th Street, New York, NY 10011, in Columbus, Ohio.", None),
        ("Бронь: 2 взрослых, 1 ребёнок, 4-местная каюта.", "В брони двое взрослых, ребёнок и четырёхместная каюта.", None),
        ("UPS can redeliver between 12 and 4 pm.", "UPS can redeliver between noon and 4 pm.", None),
        ("Call our billing office, Mon–Thu 9–5. You paid on 03/05/2025.", "Call our billing office Monday to Thursday, 9am–5pm. You paid on March 5, 2025.", None),
        ("While the review is open, the £75 fee is on hold and won't be charged.", "The £75 fee is on hold, so it won't be charged during the review.", None),
        ("Мы заменим его. Стоимость замены (2 849,50 руб.) вы не оплачиваете.", "Мы заменим его. Платить за замену (2 849,50 руб.) не нужно.", None),
        ("Новые даты — с 14 на 28 ноября.", "Перенесли с 14-го на 28 ноября.", None),
        ("Business plans receive a 10% service credit, which we will apply to your next invoice.", "A 10% service credit will be applied to your next invoice.", None),
        ("Мы снимаем стоимость сборки 4 200 ₽, платить за неё не нужно.", "Сборку делаем бесплатно: 4200 ₽ за неё платить не нужно.", None),
        ("Повторное списание 4 750 руб. — это блокировка, а не списание. Средства вернутся до 28 февраля.", "Вторые 4750 рублей не списаны, а заблокированы, и вернутся до 28 февраля. Если к этой дате средства не вернутся, позвоните нам.", None),
        ("We've used your reading of 04187 and your revised bill is £186.20.", "We've replaced the estimate with your reading of 04187, so your revised bill is £186.20.", None),
        ("Верните пару в пункт выдачи до 25 июня, назовите номер заказа 240611-0093, возврат бесплатный.", "Пару можно бесплатно сдать в пункт выдачи до 25 июня — назовите номер заказа 240611-0093.", None),
        ("Вылет из Внуково, терминал А. Номер бронирования прежний — KJ4T7P.", "Вылет из Внуково, терминал А. Код бронирования прежний — KJ4T7P.", None),
        ("The difference of £225.25 will be credited to your account within 5 days.", "The £225.25 difference will show as a credit on your account within 5 days.", None),
        ("Туроператор заменил отель. Если вы хотите отказаться от замены, он вернёт всю сумму.", "Туроператор заменил отель. Если вы не согласны на замену, он вернёт всю сумму.", None),
        ("The invitations ship today.", "The invitations ship today. I'm sorry they didn't reach you by 10 June.", "I needed them by 10 June!"),
        ("We're sorry. Your card is unblocked.", "Your card is unblocked.", None),
        ("I've corrected the address and resent them.", "I've fixed the address and sent fresh copies to replace the ones that went astray.", None),
        ("Багаж доставят курьером в тот же день до 22:00.", "Курьер привезёт багаж в тот же день — не позже десяти вечера.", None),
        ("As stated in your policy, the excess is £250, which will be deducted from the settlement.", "Under your policy the £250 excess will be taken off the settlement.", None),
        ("Your Delay Repay claim was approved: you get 50% of your £23.80 single fare back, which is £11.90.", "Your Delay Repay claim was approved: half of your £23.80 single fare, £11.90, comes back to you.", None),
        ("I've now entered 18452 and re-issued your bill.", "I've now added 18452 and recalculated your bill.", None),
        ("Please leave the walnut table in its box, our courier will collect it when they deliver the new one.", "Leave the walnut one in its box: the courier will take it away when they drop off the oak table.", None),
        ("The sea-view rooms were overbooked.", "The rooms were overbooked. I'm sorry the extractor fan kept you awake until 1am.", "The extractor fan ran until 1am every night."),
        ("Reception is staffed 24 hours.", "Reception is open around the clock.", None),
        ("Your plan gives you 48 Mbps and you've used 1.5GB.", "Your plan gives you 48 megabits per second, and you've used 1.5 gigabytes.", None),
        ("The rider was held at the restaurant for 35 minutes.", "Your rider was kept waiting at the restaurant for thirty-five minutes.", None),
        ("Сеанс 15 марта в 19:30 отменили.", "Сеанс в субботу, 15 марта, в половине восьмого вечера отменили.", None),
        ("Когда телефон будет готов, мы позвоним вам по номеру +7 916 555-12-34.", "Как только телефон будет готов, мы позвоним вам на +7 (916) 555-1234.", None),
        ("Контроллер питания заменят по гарантии бесплатно.", "Контроллер питания заменят бесплатно, по гарантии.", None),
        ("Если не успеваете, напишите нам, и мы продлим хранение.", "Если не успеваете забрать, напишите нам, и мы продлим срок хранения.", None),
        ("The engineer didn't turn up on Monday.", "The engineer didn't come on Monday. I'm sorry you took a day off work for nothing.", "I took the day off work for nothing."),
        ("Заказ доставили в 21:05.", "Заказ приехал только в 21:05, через два часа.", "Заказ привезли через 2 часа."),
        ("The part is ordered and we will contact you as soon as it arrives to book a second visit.", "We've ordered the part, and once it arrives we'll call you to book the second visit.", None),
        ("Доставку выполнит курьер в течение дня после прилёта.", "В течение суток после прилёта курьер привезёт его.", None),
        ("You don't need to pay anything for the exchange.", "The exchange costs you nothing.", None),
        ("We have credited €249 to your card while the dispute runs.", "So that you are not out of pocket while you're on holiday, we have already put a temporary credit of €249 on your card.", None),
        ("Банк получателя вернул перевод.", "Банк получателя вернул деньги.", None),
        ("You can pay the £640.20 in three instalments.", "You won't have to pay the £640.20 all at once: it can be split into three instalments.", None),
        ("Мастер приедет 2 декабря с 9:00 до 12:00.", "Мастер приедет в среду, 2 декабря, с девяти до двенадцати часов.", None),
        ("Курьер опоздал. Деньги вернём.", "Заказ вы ждали с 18 до 19 часов, а курьер опоздал. Деньги вернём до [срок].", "Заказ на 18:00–19:00 привезли в 20:40."),
        ("Стоимость реставрации, 6 500 ₽, переведём вам после осмотра.", "За реставрацию мы переведём вам 6 500 рублей после осмотра.", None),
        ("Курьер заберёт пылесос 14 марта, а новый прибор вам привезут 18 марта.", "Курьер заберёт пылесос 14 марта, а 18 марта привезут новый прибор на замену.", None),
        ("Жаль, что вы не успели вернуть велосипед.", "Жаль, что вы не успели вернуть велосипед к 20:00.", "Не успел вернуть до 20:00."),  # the customer's own deadline
        # the subject of "will be refunded" stands clauses before it
        ("Both amounts, £93.40 in total, will be refunded to your Visa card.", "We're refunding both amounts, £93.40 altogether, to your Visa card.", None),
        ("We will remove the £31.20 from your account.", "We'll take the £31.20 off your account.", None),
        ("Your order (NovoRapid FlexPen x5) is with a new courier.", "Your order of five NovoRapid FlexPens is with a new courier.", None),
        ("Доставка и сборка повторно оплачиваться не будут.", "Платить повторно за доставку и сборку не нужно.", None),
        ("По условиям полиса возмещается 80% стоимости лечения.", "Полис покрывает восемьдесят процентов стоимости лечения.", None),
        # a list's numbers are no facts; «компрессор.\n2.» is no «р. 2»
        ("Стоимость ремонта 14 200 ₽, из них компрессор 8 950 ₽. Гарантия 12 месяцев.", "По оплате:\n1. Ремонт стоит 14 200 ₽, из них 8 950 ₽ — компрессор.\n2. Гарантия — 12 месяцев.", None),
        ("Questions: billing@quillpad.io, weekdays 9:00–17:30 CET.", "For anything else, write to billing@quillpad.io on weekdays between 9am and 5:30pm CET.", None),
        ("Зал ваш с 17:00 до 23:00.", "Зал в вашем распоряжении с пяти вечера до одиннадцати.", None),
        ("The machine is under warranty, so the £65.00 call-out fee does not apply.", "It is under warranty, so you won't be charged the £65 call-out fee.", None),
        ("По полису ДМС оплачивается 80%, к доплате 480 ₽.", "80% оплатит полис ДМС, ваша доплата — 480 ₽.", None),
        ("Hi Sarah Lindqvist,\n\nThe fitter comes on Saturday.", "Hi Sarah,\n\nThe fitter comes on Saturday.", None),  # a greeting may drop the surname
        ("Здравствуйте, Елена Павловна Громова!\n\nБронь подтверждена.", "Елена Павловна, здравствуйте!\n\nБронь подтверждена.", None),
        ("We found a duplicate charge of £49.99 on membership 55102. It was refunded today.", "We refunded the duplicate £49.99 charge on membership 55102 today.", None),
        ("If the inspection confirms the crack, we will refund £129.99 to your card.", "If the inspection confirms the crack, you'll get your money back — £129.99, returned to your card.", None),
        ("We can also send a replacement jar free of charge — just reply YES.", "Replacement: we can also send you a new jar at no cost; reply YES if you want it.", None),
        ("Если захотите, бесплатно перевыпустим карту с другим номером.", "Если хотите, мы бесплатно выпустим вам новую карту с другим номером.", None),
        ("Если хотите, вместо возврата можем бесплатно отправить новый планшет.", "Можно и по-другому: вместо возврата денег мы бесплатно пришлём новый планшет.", None),
        # the draft's condition kept in another sentence of a list; conditions on the customer's own need or choice
        ("Вы можете бесплатно: 1) перейти на рейс ЮГ-418, если есть места; 2) вернуть полную стоимость билета — 18 740 ₽.", "Есть два бесплатных варианта:\n1. Перелететь рейсом ЮГ-418 — если на нём останутся места.\n2. Вернуть полную стоимость билета, 18 740 ₽.", None),
        ("Также вам положена скидка 10% на следующее ТО, если запишетесь до 31 декабря.", "При записи на следующее ТО до 31 декабря вы получите скидку 10%.", None),
        ("Если нужна детализация, закажите её в личном кабинете, она бесплатна.", "Если захотите посмотреть расходы подробно, закажите детализацию в личном кабинете — это бесплатно.", None),
        ("The course moves to 3 November. If the new date does not work, you can request a refund of 80% within 14 days.", "The course now starts on 3 November. If November doesn't suit you, there are two options:\n- ask for an 80% refund within 14 days.", None),
        # the late checkout already spoken of; a claim the customer can make is money to them; a present-tense refund
        ("The €18.40 late checkout fee you agreed to. If you didn't request late checkout, tell us by 31 July and we will refund the €18.40.", "Late checkout: €18.40. If you didn't ask for the late checkout, let us know by July 31 and we'll refund the €18.40.", None),
        ("You can claim essential purchases up to €150 by uploading receipts within 21 days.", "Upload the receipts within 21 days. We'll reimburse up to €150.", None),
        ("За неисправность мы возвращаем 30% стоимости билетов — 1 494 ₽.", "За эту неисправность мы вернём 30% стоимости билетов, то есть 1494 рубля.", None),
        ("The £143.60 difference will be deducted from your direct debit on 15 April.", "The £143.60 difference will be taken off your direct debit on 15 April.", None),
        ("The repair is covered under warranty, so there is nothing to pay.", "There's nothing to pay, as it's a warranty repair.", None),
        ("Можно взять подменный автомобиль, если вернёте его до 20:00 того же дня.", "Можно взять подменный автомобиль при условии, что вы вернёте его до 20:00 того же дня.", None),
        # words of the trade with a digit; dates listed under one month, either way round; one schedule in other words
        ("2FA resets need identity checks. To reset: 1) email your ID, 2) include your workspace name, 3) we'll call you to confirm.", "To reset:\n1. Email your ID.\n2. Include your workspace name.\n3. We'll call you to confirm.", None),
        ("The live sessions on 18 and 20 February were cancelled.", "The live sessions on February 18 and 20 were cancelled.", None),
        ("If you need urgent help abroad, call +44 20 3808 6620, available 24/7.", "If you ever need urgent help abroad, our line +44 20 3808 6620 is open 24 hours a day, 7 days a week.", None),
        ("You can switch at irishseaferries.com/manage or on 0344 576 5511 (24 hours).", "You can switch at irishseaferries.com/manage or by phone on 0344 576 5511, which is answered around the clock.", None),
        ("Мастер может приехать в среду, 9 июля, с 14:00 до 18:00.", "Мастер приедет в среду, 9 июля, с 2 до 6 часов дня.", None),
        ("В ночь переноса с 01:00 до 05:00 связь может пропасть на 30 минут.", "В ночь переноса, между часом и пятью утра, связь может пропасть на полчаса.", None),
        ("Отделение на ул. Советской, 8: пн–пт с 9:00 до 19:00, сб с 10:00 до 16:00.", "Отделение на Советской, 8: по будням с 9 до 19, в субботу с 10 до 16.", None),
        ("Сбой произошёл в дата-центре в Москве, питание отключилось в 09:12.", "В московском дата-центре отключилось питание, в 9:12.", None),
        ("Пожалуйста, не используйте шкаф до замены, зеркало может выпасть.", "До замены, пожалуйста, не пользуйтесь шкафом: зеркало может выпасть.", None),
        ("Но в качестве исключения мы начислим на ваш счёт 1 000 бонусных баллов.", "В порядке исключения мы зачислим вам на счёт 1000 бонусных баллов.", None),
        ("Вы можете бесплатно перейти на рейс ЮГ-418, если есть места.", "Вы можете бесплатно пересесть на рейс ЮГ-418 (при наличии мест).", None),
        ("Either way, we will refund the £40 deposit.", "We'll refund the £40 deposit in any case.", None),
        ("Your notice period ended on 1 February, so no more payments will be taken.", "Your notice period ended that day, 1 February, so you won't be charged again.", None),
        ("We'll also refund the £4.95 return postage you paid.", "What happens next:\n- the £4.95 return postage you paid, refunded as well", None),
        ("Ask your old provider for a new PAC (text PAC to 65075).", "To fix it:\n• Get a new PAC from your old provider by texting PAC to 65075.", None),  # a bullet starts a sentence
        ("We've added the 'Power Query' mini-course for free.", "The “Power Query” mini-course has been added at no charge.", None),
        ("Страховая выплата составит 150 000 ₽.", "Страховая выплата — 150 тысяч рублей.", None),
        ("Стоимость подключения (2 500 ₽) снизим на 50%.", "Стоимость подключения — 2 500 ₽ — снизим вдвое.", None),
        # the customer's own hour echoed; a relative day in other words; a warranty named a few words on; a recalculation however said
        ("Check-in starts at 15:00.", "Check-in starts at 3 pm. I'm sorry you had to wait until 6 pm for your room.", "We arrived at 3 pm and the room wasn't ready until 6."),
        ("Водоканал отключил горячую воду в доме до 18:00 завтра.", "Водоканал отключил горячую воду во всём доме до 18:00 завтрашнего дня.", None),
        ("Ильдар приедет в четверг, 5 декабря, и всё исправит бесплатно по гарантии на монтаж (12 месяцев).", "Ильдар приедет в четверг, 5 декабря, и бесплатно всё исправит по гарантии на монтаж, она действует 12 месяцев.", None),
        ("Ильдар приедет в четверг, 5 декабря, и всё исправит бесплатно по гарантии на монтаж (12 месяцев).", "Ильдар приедет в четверг, 5 декабря; это исправят бесплатно, по 12-месячной гарантии на монтаж.", None),
        ("По договору 77-51903 абонентская плата за дни без связи будет пересчитана автоматически.", "Абонентскую плату за дни без связи по договору 77-51903 мы пересчитаем автоматически.", None),
        ("Мы пересчитали счёт по вашим показаниям, к оплате 1 412,60 ₽.", "Счёт пересчитан по вашим показаниям: к оплате теперь 1412,60 рубля.", None),
        # delivery in other words; a condition kept in the promise's sentence without «если»
        ("Блок отправим курьером завтра, платить за курьера не нужно.", "Курьер привезёт блок завтра, доставка для вас бесплатная.", None),
        ("Следующая доставка для вас бесплатная, если закажете до 31 июля.", "Закажете снова до 31 июля — привезём бесплатно.", None),
        ("We won't charge you for shipping the parcel.", "The courier who brings the parcel costs you nothing.", None),
        ("Если не получится, наш мастер приедет и заменит колесо бесплатно.", "Не получится самим — позвоните, и наш мастер приедет и бесплатно поменяет колесо.", None),
        # a phone read as numbers in one text; an apology for what we did; an amount returned; a condition split by a comma
        ("The RAV4 is ready at 11:00. Questions: 01 555 8820.", "The RAV4 is ready at 11 am. Questions? Call 01 555 8820.", None),
        ("We have requested a refund of €312 instead of the voucher.", "We've requested a refund of €312 instead of the voucher. I'm sorry we offered you a voucher first.", None),
        ("If you don't want the city view, we can return the AUD 100 to your card.", "Would you rather skip the city view? Reply and we'll put the AUD 100 back on your card.", None),
        ("Если у вас есть чек с АЗС не раньше чем за 2 часа до возврата, пришлите его — пересчитаем сумму.", "Если у вас сохранился чек с АЗС, выданный не раньше чем за два часа до возврата, пришлите его. Мы пересчитаем сумму.", None),
        # how refunds go in general; a fault retold with "replaced"; a delivery retold; days listed with "or"; one remedy in two words
        ("Refunds are processed within 5–7 business days after inspection.", "After inspection, refunds are processed within five to seven business days.", None),
        ("The picker at our Eastgate store chose a substitute without checking your dietary note.", "The picker at our Eastgate store replaced the oat milk without checking your dietary note.", None),
        ("It goes out by courier tomorrow, 21 May, and you'll get a text with a 1-hour delivery window in the morning.", "A courier will bring it to you tomorrow, May 21st, and in the morning you'll get a text with a one-hour delivery window.", None),
        ("Our partner can pick it up on 4 or 5 June.", "Reply with 4 June or 5 June for the collection.", None),
        ("We can offer 15% off the table price (£649), which is £97.35 back to your card.", "We can take 15% off the £649 table price and return £97.35 to your card.", None),
        ("The part and labour are covered by your extended warranty, so the visit costs you nothing.", "Your extended warranty covers both the part and the labour, so the visit is free for you.", None),
        ("Мы начислили вам 500 бонусных баллов, их можно потратить до 30 июня.", "На ваш счёт зачислено 500 баллов; баллы действуют до 30.06.", None),
        ("Диагностика бесплатна по гарантии на наряд № 5512.", "Диагностика бесплатная, она входит в гарантию по наряду № 5512.", None),
        ("Забрать машину без ремонта можно бесплатно в сервисе на ул. Кирова, 7.", "Если ремонт не нужен, заберите машину бесплатно в нашем сервисе на ул. Кирова, 7.", None),
        # a new card that will arrive; instalments; the second charge is the duplicate; the customer's own preference; half is 50%
        ("We've blocked the card ending 2291, and a new one will arrive in 3 to 5 working days.", "We've blocked your card ending 2291, and a replacement will reach you in 3–5 working days.", None),
        ("You can also pay in 4 monthly instalments of £21.40.", "If paying at once is difficult, you can split that into four monthly payments of £21.40.", None),
        ("The duplicate $179 charge from 15 January has been refunded.", "We've reversed the second charge, from 15 January, of $179.", None),
        ("Choose a full refund of £480, or a £528 credit. For a refund, just reply REFUND.", "Since you'd rather have your money back, reply REFUND and the full £480 goes back to your card. The other option is a £528 credit.", None),
        ("В качестве исключения мы вернём 50% списания сверх опции — 2 139 ₽.", "В качестве исключения половина этой суммы, 2139 ₽, вернётся на ваш баланс.", None),
        ("If you'd rather we drop the car at your home, we can do that for £25.", "If it's easier, we can bring the car to your home for £25.", None),
        # this session's held-out sets: a range's part of the day, hours and minutes in words, numbers in every case, a
        # signer's team, initials, a platform named by its link, a claim the customer files, one "nothing to pay"
        ("Мастер приедет 12 июня с 19:30 до 21:00.", "Мастер приедет 12 июня с 7:30 до 9 вечера.", None),
        ("Пакет подключён 8 июля в 22:10.", "Пакет подключился 8 июля в 22 часа 10 минут.", None),
        ("Мехмет подъедет в течение часа.", "Мехмет будет у вас в течение 60 минут.", None),
        ("Возврат 12 450 ₽ оформлен 29 мая.", "29 мая мы оформили возврат двенадцати тысяч четырёхсот пятидесяти рублей.", None),
        ("Скидка 10% действует до конца месяца.", "Десятипроцентная скидка действует до конца месяца.", None),
        ("Regards,\nSusan Hale\nPractice Manager, Elm Street Medical Centre", "Kind regards,\nSusan Hale, Practice Manager", None),
        ("Врач Соколова Е. А. была срочно вызвана в стационар.", "Доктора Соколову срочно вызвали в стационар.", None),
        ("Новости публикуем в канале t.me/vodokanal_gorod.", "Новости — в Telegram: t.me/vodokanal_gorod.", None),
        ("Расходы можно заявить на сайте novavia.ru/claims.", "Заявку на возмещение расходов оформите на сайте novavia.ru/claims.", None),
        ("Сумма 2 310 ₽ уже оплачена, доплачивать не нужно.", "Всё оплачено (2 310 ₽), платить курьеру ничего не нужно.", None),
        ("The 36 waist jeans are back in stock.", "The 36-waist jeans are back in stock.", None),
        ("The room costs THB 950 a night.", "The room is 950 baht a night.", None),
        ("The outage lasted 3 hours 30 minutes.", "The outage lasted three and a half hours.", None),
        ("Задержка составила 1 ч 40 мин.", "Задержка — час сорок минут.", None),
        ("Вытяжку выключают в 23:30.", "Вытяжка отключается в половине двенадцатого ночи.", None),
        ("Ваучер продлён до 31 декабря 2024 года и действовал 12 месяцев.", "Ваучер продлён до конца 2024 года, а прежний действовал год.", None),
        ("Account number: 8830 1276 45.", "Your account number is 8830127645.", None),
        ("From 1 April your monthly price will be £41.49.", "From 1 April you'll pay £41.49 a month.", None),
        ("They have 10 business days to respond.", "They have 10 business days to respond; once their 10 days run out, we decide.", None),
        ("You can move the date to the 3rd of each month.", "Change it to the 3rd of the month.", None),
        ("Luggage storage is free and available from 06:00.", "• Luggage storage: free, from 6 am", None),
        ("We have also removed the charge for last night, £129, from your bill.", "We've also taken last night's charge of £129 off your bill.", None),
        ("Стоимость такси, 1 800 ₽, мы возместим по чеку.", "Стоимость такси — тысячу восемьсот рублей — возместим по чеку.", None),
        ("Лимит — 150 000 руб., к выплате 150 000 руб.", "Лимит — 150 000 рублей, поэтому выплатим именно эту сумму.", None),
        ("Расходы компенсируем в пределах 3 000 рублей в сутки при наличии чеков.", "Покупайте необходимое и сохраняйте чеки: мы возместим до 3 000 ₽ в сутки.", None),
        ("Сумма будет возмещена в рублях по курсу ЦБ.", "Сумму пересчитаем в рубли по курсу ЦБ.", None),
        ("Your flight HX 903 has been withdrawn; here is your new itinerary.", "We had to replace your original flight, HX 903, because it was withdrawn.", None),
        ("Redeem the voucher at www.aerobalt.com/vouchers.", "Redeem it at aerobalt.com/vouchers with the code.", None),
        ("Удостоверение будет готово к 20 июня.", "Удостоверение будет готово к двадцатому июня.", None),
        ("Вебинар начнётся в 08:00 и продлится 2 часа.", "Вебинар пройдёт с 08:00 до 10:00.", None),
        ("Мы можем возместить ремонт чемодана в мастерской-партнёре или выплатить до 12 500 ₽ по чеку.", "Есть два варианта:\n— мы оплатим ремонт чемодана в мастерской-партнёре;\n— или выплатим до 12 500 ₽ по чеку.", None),
        ("Если погасите долг до 31 мая, проценты за июнь начислены не будут.", "Если до 31 мая вы погасите долг, проценты за июнь начисляться не будут.", None),
        ("You will get a text on the morning of the visit.", "We'll text you on the morning of the visit.", None),  # the draft's commitment in the customer's voice
        ("Переплата 614,80 ₽ будет зачтена в счёт следующих платежей.", "Переплату, 614 рублей 80 копеек, зачтём в счёт следующих платежей.", None),
        ("Новый визит 19 июня, приедет мастер Сергей Ильин.", "Новый визит 19 июня: мы направим к вам мастера Сергея Ильина.", None),
        ("The maximum for unlisted items is £500.", "The most we can pay for an unlisted item is £500.", None),  # a limit told
        ("Перерасчёт сделаем, если по акту температура ниже 18 °C.", "Чтобы сделать перерасчёт, нужен акт: если в квартире ниже 18 °C, перерасчёт сделаем.", None),
        ("Диск заполнен на 100%.", "Диск заполнен полностью.", None),
        ("Баня застрахована на 350 000 ₽, теплица на 60 000 ₽.", "Теплица застрахована на 60 тысяч рублей, баня — на 350 тысяч.", None),
        ("Остальные 39 000 руб. она переведёт на вашу карту до 30 мая.", "39 000 ₽ собственница вернёт вам на карту не позднее 30 мая.", None),
        ("Сборщик приедет в четверг.\n\nС уважением,\nСалон кухонь «Мастер Дом»", "Сборщик приедет в четверг.\n\nС уважением,\n«Мастер Дом»", None),  # the kind of business is no name
        ("С вами свяжется менеджер до конца дня.", "Сегодня до конца дня с вами свяжется менеджер.", None),
        ("We will email you the invoice by the end of the day on Friday 14 June.", "You'll get the invoice by email by close of business on Friday, June 14th.", None),
        ("Banks usually take 3-5 working days to show it.", "Banks take 3–5 working days to show it. Thank you for your patience while the money comes back to you.", None),
        ("Basic coverage ends at 3 years or 60,000 km.", "Basic coverage runs for 3 years or 60,000 km.", None),  # no clock time "at 3"
        ("Смета: колодки 3 450 ₽, работа 2 310 ₽, итого 5 760 ₽.", "Замена обойдётся в 5 760 ₽: колодки 3 450 ₽ и работа 2 310 ₽.", None),  # a replacement's price
        ("Он проверит аккумулятор и при необходимости установит новый.", "Техник проверит аккумулятор и при необходимости заменит его.", None),
        ("Остаток к оплате — 1 849 000 ₽.", "Доплатить нужно 1 млн 849 тыс. рублей.", None),
        ("The £4.99 delivery fee was charged by mistake.", "The £4.99 delivery fee was our mistake — orders over £50 deliver free.", "Delivery is free over £50!"),  # the shop's terms
        ("As a gesture, we've added a 10% code, SORRY10, for your next order.", "To make up for it, there's a 10% code for your next order: SORRY10.", None),
        ("You can choose a full refund of £31.15 or a new order from the same restaurant.", "Two options: we refund the full £31.15, or we send a new order from the same restaurant.", None),
        ("Мы вернули 1 140 ₽.", "Мы вернули 1 140 ₽. Простите, что после 1 часа 40 минут ожидания заказ оказался неполным.", "Ждала 1 час 40 минут."),
        ("За бутылку колы 1,5 л вернули 139 ₽.", "Вернули 139 ₽ за бутылку колы объёмом полтора литра.", None),
        ("Курьеру выдали заказ только в 18:50.", "Кухня отдала заказ курьеру лишь без десяти семь.", None),
        ("The corrected invoice is £3,630.", "Corrected invoice\nAmount: £3,630", None),  # a table's label is no name
        ("22 pallets, 9.6 t, arrive on Thursday.", "22 pallets (9,600 kg) arrive on Thursday.", None),
        ("Каждая паллета весила 900 кг.", "Каждая паллета весила 0,9 т.", None),
        ("Ответственность ограничена суммой 250 ₽ за 1 кг веса.", "Возмещение ограничено 250 рублями за кг.", None),  # a rate's unit; a limit told
        ("The broker's fee of CHF 180 will be charged to us, not to you.", "The broker charges CHF 180 for the amendment, and we'll pay it.", None),
        ("Оплата на прежних условиях — отсрочка 14 дней.", "Условия оплаты те же, отсрочка — две недели.", None),  # the draft's value, in other words
        ("The second payment on Wednesday, 12/03 was a duplicate.", "The second payment from 12 March is a duplicate.", None),
        ("The AC was faulty on 8 and 9 August.", "The AC was faulty on August 8–9.", None),
        ("Dear Parent/Guardian,\n\nMia's lessons move to Saturday. Your reference is OMS-2291. Please quote your reference number in all correspondence.", "Dear Claire,\n\nMia's lessons move to Saturday.", "Claire Dunn"),
        ("Занятия Миши переносятся на субботу. Ваш номер — 55120. Пожалуйста, указывайте его во всех письмах.", "Занятия Миши переносятся на субботу.", None),
        ("A new kit is due on Tuesday.", "We're waiting on a replacement clutch kit, due on Tuesday.", None),
        ("Деньги уже вернули, на карту они поступят в течение 3–5 рабочих дней.", "Лишние деньги уже возвращены, на карту они придут за 3–5 рабочих дней.", None),
        ("Заезд с 14:00.", "Заезд от 14 часов.", None),
        ("Сервисный центр работает пн–пт с 9 до 19.", "Сервисный центр работает по будням с 9 до 19 часов.", None),
        ("Ремонт по гарантии (12 месяцев) тоже бесплатный.", "Гарантия — год, и ремонт по ней бесплатный.", None),
        ("Please replace the filter and clean the brush.", "What you can do yourself:\n1. Replace the filter with the spare one.\n2. Clean the brush.", None),  # the customer's steps
        ("Please remove the tab or replace the batteries yourself.", "Remove the tab first. Replace the batteries if that doesn't help.", None),
        ("Промокод ЛЕТО300 действует только на первый заказ.", "Скидка по ЛЕТО300 не применилась, потому что этот промокод — только для первого заказа.", None),
        ("Results in 3-5 working days from 4 March.", "Results will be ready 3 to 5 working days from 4 March rather than within 48 hours.", "I was told results in 48 hours."),  # the customer's, set against ours
        ("Если нужна справка для врача, позвоните нам.", "Если эндокринологу к понедельнику нужна справка, позвоните нам.", "А мне к эндокринологу в понедельник."),  # what the customer needs it for
        ("Медкомиссия проходит по будним дням, без записи.", "Медкомиссию проходят без записи по будням.", None),
        ("Dear Candidate,\n\nYour exam is on 3 June.", "Hi Priya,\n\nYour exam is on 3 June.", "Priya Shah"),  # a generic salutation's role noun
        ("We need Max's clinical history for the last 12 months.", "We need Max's clinical history covering the past twelve months.", None),  # a period covered, no cost
        ("Вход с 18:00, начало в 19:00.", "Двери откроются в шесть вечера, а сам концерт начнётся в семь.", None),
        ("Your certificate and transcript are attached as PDF files.", "Your certificate and transcript are attached. The PDFs open in any browser.", None),  # a plural acronym is no name
        ("Hi Lucy,\n\nT&Cs are at northbank.co.uk/cashback.", "Hi Lucy,\n\nThe full terms are at northbank.co.uk/cashback.", None),  # "T&Cs" is no one's name
        ("Лимит кешбэка — 3 000 ₽ в месяц.", "Максимум кешбэка — 3 000 ₽ в месяц.", None),  # a cap told, no credit
        ("Переводы на собственные счета в других банках мы не тарифицируем.", "Переводы на свои счета в других банках у нас бесплатны.", None),
        ("Курс банка: 1 USD = 96,10 ₽.", "Курс банка — 96,10 ₽ за доллар.", None),  # one unit of a rate
        ("If the drain pump is at fault, he carries the part and can fix it on the spot.", "Should the drain pump be the cause, he can replace it during the visit, as he carries one.", None),  # a part replaced in the repair
        ("Your phone (IMEI 356938035643809) needs a new display and frame.", "The display and the frame both have to be replaced. The IMEI on the job is 356938035643809.", None),  # an IMEI is no card
        ("The revisit is covered by our 90-day repair guarantee, so there's no further call-out fee.", "There's no extra call-out charge: the visit is covered by our 90-day repair guarantee.", None),
        ("Замена холодильника (модель KGN39VI25R) согласована по гарантии. Новый холодильник привезут в пятницу.", "Замену холодильника по гарантии согласовали: в пятницу вам привезут новый KGN39VI25R.", None),  # the model in brackets names it
        ("Бригада приедет повторно и завершит установку без дополнительной оплаты.", "Бригада приедет ещё раз и подключит машину. Дополнительно платить не придётся.", None),
        ("Если терморегулятор придётся менять, деталь придёт через 5–7 рабочих дней.", "Если терморегулятор нужно будет заменить, деталь придёт через 5–7 рабочих дней.", None),  # a diagnosis
        ("Если неисправен сам блок питания, вышлем новый отдельно.", "Если дело в самом блоке питания, пришлём новый отдельной посылкой.", None),
        ("Замена батареи обычно занимает 1 рабочий день.", "Замена батареи, как правило, занимает 1 рабочий день.", None),  # the job's length
        ("На самое необходимое можете потратить до 3 000 ₽ — сохраните чеки.", "Покупайте самое необходимое — мы возместим до 3 000 ₽. Сохраните чеки.", None),  # the draft's offer told as ours
        ("Выплата будет произведена в течение 7 рабочих дней после заполнения формы.", "Выплатим компенсацию в течение 7 рабочих дней после того, как вы заполните форму.", None),
        ("Если дата не подходит, вернём 14 200 ₽ — просто ответьте до 11 июля.", "Другая дата не подходит? Ответьте до 11 июля, и мы вернём 14 200 ₽.", None),  # the condition asked
        ("The money will reach your account within 7 working days.", "The money will be in your account within 7 working days. We can only pay into an account in your name.", None),
        ("Простите за задержку с возвратом.", "Простите, что вам пришлось несколько раз просить вернуть деньги.", None),
        ("Замена платная, 1 500 ₽.", "Замена платная: 1 500 ₽.", None),
    ],
)
def test_good_rewrites_pass(draft, rewrite, context):
    lang = "ru" if any("а" <= ch <= "я" for ch in draft) else "en"
    c = compare(draft, rewrite, lang, context, cut(draft, lang))
    assert c.ok, (c.dropped, c.changed, c.added, c.deadlines, c.promises_added)


@pytest.mark.parametrize(
    ("draft", "rewrite", "found"),
    [
        ("Your outage will be fixed by engineers.", "We'll take half of it off your next bill.", "promise"),
        ("The repair is free under your warranty.", "The repair is free under your warranty, and we can lend you a laptop until then.", "promise"),
        ("We'll take it up with the payment provider.", "We'll take it up with the payment provider; if you'd rather not wait, we'll simply pay the money to you again.", "promise"),
        ("Ремонт займёт от 10 до 14 рабочих дней.", "Ремонт займёт от 10 до 14 рабочих дней, а на время ремонта дадим вам другой телевизор.", "promise"),
        ("We have issued a temporary credit of £349.99 while the merchant responds.", "A temporary credit of £349.99 is on your account, and whatever the merchant says, the £349.99 stays with you.", "promise"),
        ("Кешбэк за сентябрь начислен по базовой ставке 1%.", "Кешбэк за сентябрь начислен по базовой ставке 1%. В этот раз сделаем исключение и доначислим вам разницу.", "promise"),
        ("За зачисление берётся комиссия 0,3%.", "За зачисление берётся комиссия 0,3%, но мы её удерживать не станем.", "promise"),
        ("Полис одобрен.", "Полис одобрен, а в благодарность продлим вам полис бесплатно.", "promise"),
        ("If it's still there, call us on 1-888-555-0199.", "If it's still there, call us on 1-888-555-0199 and we'll put the $300 back ourselves.", "promise"),
        ("If Monzo doesn't send it back, we'll chase them.", "If Monzo doesn't send it back, we'll return the £1,200 to you ourselves.", "promise"),
        ("Перевод прошёл.", "Перевод прошёл, а чтобы такое не повторилось, мы повысили вам лимит переводов.", "promise"),
        ("Weekend conversions use a wider spread, so check the rate before you confirm.", "Weekend conversions use a wider spread. This time, though, we'll give you the weekday rate and top up the difference.", "promise"),
        ("Простите, что так вышло.", "Простите, что так вышло. Курьер привезёт вам в подарок упаковку кофе.", "promise"),
        ("Простите, что вы третий день без интернета.", "Простите, что вы третий день без интернета, — эти дни мы вычтем из абонентской платы.", "promise"),
        ("500 ₽ вернутся на ваш счёт до 28 ноября.", "500 ₽ вернутся на ваш счёт до 28 ноября. Проценты за дни просрочки мы тоже начислять не будем.", "promise"),
        ("We've already waived your £60 callout fee.", "We've already waived your £60 callout fee, and any parts Marek needs will be on us.", "promise"),
        ("Если понадобится повторный приём, запишитесь по телефону.", "Если понадобится повторный приём, Андрей Павлович примет вас без записи.", "promise"),
        ("The certificate is ready at the counter.", "The certificate is ready at the counter. This time you won't have to queue.", "promise"),
        ("Простите, что мы не отреагировали на первую заявку.", "Простите, что мы не отреагировали на первую заявку. За эти дни плату за проживание с вас не возьмут.", "promise"),
        ("Вы можете бесплатно перейти на рейс ЮГ-418, если есть места.", "Вы можете бесплатно перейти на рейс ЮГ-418.", "promise"),  # the condition gone
        ("Вам положена скидка 10%, если проверка подтвердит брак.", "Вам положена скидка 10%.", "promise"),
        ("Если не получится, наш мастер приедет и заменит колесо бесплатно.", "Наш мастер приедет и бесплатно поменяет колесо.", "promise"),
        ("We have booked a free courier collection for Thursday.", "A courier will collect it free on Thursday, and the original postage is on us.", "promise"),
        ("We have requested a refund of €312.", "We have requested a refund of €312. I'm sorry we can only offer you a £10 voucher on top.", "promise"),
        ("The insurer has the claim.", "The insurer has the claim; if they refuse again, we'll sort the cost out ourselves.", "promise"),
        ("Ваша бронь подтверждена.", "Ваша бронь подтверждена. Завтраки на все оставшиеся дни — за счёт гостиницы.", "promise"),
        ("Your order is confirmed.", "Your order is confirmed. Sorry, we will refund the delivery fee.", "promise"),
        ("Upload receipts at falconair.example/claims.", "Upload receipts at falconair.example/claim.", "changed"),
        ("Full terms: northline.example/delay-repay", "The full terms are on our website.", "dropped"),
        ("We've added a £10 credit to your account.", "We've added a £10 credit to your account, the delivery fee for this order is on us.", "promise"),
        ("The week of 21 July is paused, so you will not be charged for it.", "The week of July 21 is paused, so there'll be no charge for it, and we'll skip the charge for the week after as well.", "promise"),
        ("Sorry you waited all morning.", "Sorry you waited all morning, so the installation itself will be free this time.", "promise"),
        ("The larger part costs £165 including fitting.", "The larger part costs £165 including fitting, but we'll stick to the £120 we quoted.", "promise"),
        ("Once it reaches our warehouse, your £749 will be refunded within 7 working days.", "Once it's at our warehouse, we'll refund your £749 plus the original delivery fee within 7 working days.", "promise"),
        ("Если вы не занимались после 8 февраля, отмените подписку — вернём 1 290 ₽.", "Даже если вы занимались после 8 февраля, отмените подписку — тогда мы вернём 1290 ₽.", "promise"),
        ("749 ₽ за «Четыре сыра» мы уже вернули вам на карту.", "Пиццу оставьте себе, а к следующему заказу дарим вам десерт. 749 ₽ за «Четыре сыра» мы уже вернули вам на карту.", "promise"),
        ("Пришлите чеки до 20 марта — тогда мы ещё раз рассмотрим гарантийный случай.", "Пришлите чеки до 20 марта — тогда мы отремонтируем её по гарантии бесплатно.", "promise"),
        ("We have agreed to waive the £25 fee as a one-off gesture.", "We've agreed to waive the £25 fee. We'll also waive this fee automatically if it ever happens again.", "promise"),
        ("The £15 Travel Pass will be refunded in full.", "The £15 Travel Pass will be refunded in full, and your next Travel Pass is on us.", "promise"),
        ("Our loss adjuster will review the photos.", "Our loss adjuster will review the photos, and we'll add the cost of that work to your payment.", "promise"),
        ("I'm sorry the exam was cut short.", "I'm sorry the exam was cut short; the $150 for that attempt will also come back to your card.", "promise"),
        ("Новый тариф — 690 ₽ в месяц.", "Новый тариф — 690 ₽ в месяц, а апрельский платёж мы уменьшим на ту же сумму.", "promise"),
        ("Новый тариф — 690 ₽ в месяц.", "Новый тариф — 690 ₽ в месяц, причём первый месяц — без абонентской платы.", "promise"),
        ("Your claim for essential purchases is approved.", "Your claim for essential purchases is approved. The €310 you spent will reach you within ten working days.", "promise"),
        ("The RAV4 is ready at 11:00. Questions: 01 555 8820.", "The RAV4 is ready at 11 am. Questions? Call 01 555 8821.", "added"),
        ("Your claim was approved.", "Your claim was approved and we'll cover it.", "promise"),
        ("Заявка принята.", "Заявка принята, мы возместим стоимость ужина.", "promise"),
        ("Заявка принята.", "Заявка принята, такси оплатим мы.", "promise"),
        ("Заявка принята.", "Заявка принята, абонентскую плату за март списывать не будем.", "promise"),
        ("Заявка принята.", "Заявка принята. Расходы на лечение мы возьмём на себя.", "promise"),
        ("We refunded the duplicate $49.99 charge today.", "We refunded the duplicate $49.99 charge today. We will refund you in full.", "promise"),
        ("Плата за месяц (650 ₽) списана не будет.", "Плата за месяц (650 ₽) списана не будет, роутер отдадим бесплатно.", "promise"),
        ("Under your plan ($499/month) you are eligible for a 10% service credit.", "Under your plan ($499/month) you are eligible for a 10% service credit. We'll also credit you the month.", "promise"),
        ("Your claim was approved.", "Your claim was approved; we'll cover half of the charge.", "promise"),
        ("Your claim was approved.", "Your claim was approved. We'll knock $10 off and honor the old price.", "promise"),
        ("Your claim was approved.", "Your claim was approved, and we'll put $15 back on your card.", "promise"),
        ("Your claim was approved.", "Your claim was approved. We'll move your payment to next month with no penalty.", "promise"),
        ("Your claim was approved.", "Your claim was approved. We'll also extend your warranty by a year.", "promise"),
        ("Your claim was approved.", "Your claim was approved. We'll swap it for a brand-new one.", "promise"),
        ("Заявка принята.", "Заявка принята, обменяем телефон на новый.", "promise"),
        ("Заявка принята.", "Заявка принята. Платёж перенесём на месяц без штрафа.", "promise"),
        ("Заявка принята.", "Заявка принята. Комиссию за перевод мы вам вернём.", "promise"),
        ("Заявка принята.", "Заявка принята, мы покроем половину суммы.", "promise"),
        ("Заявка принята.", "Заявка принята, штраф аннулируем, а пени не начислим.", "promise"),
        ("Заявка принята.", "Заявка принята, добавим месяц в подарок и продлим гарантию на год.", "promise"),
        ("Your request regarding order #48213 has been registered under number {{ticket.id}}. It ships today.", "It ships today.", "dropped"),  # the order's number, not the ticket's
        ("Ваше обращение по заказу № 48213 зарегистрировано под номером {{ticket.id}}. Он уедет сегодня.", "Он уедет сегодня.", "dropped"),
        ("We rebooked delivery.\n\nThanks for your understanding,\nLisa\nCustomer Care", "We've rebooked delivery.\n\nCustomer Care", "dropped"),  # a sign-off name
        ("You can collect two free heaters.", "You can collect three free heaters.", "changed"),
        ("Your order ships today.", "Your order ships today, so it reaches you before the 20th.", "deadline"),
        ("Your order 12345 shipped.", "Your order shipped.", "dropped"),  # an order number is no ticket's
        ("Наденьте воротник размера S.", "Наденьте воротник размера M.", "changed"),
        ("Ноутбук будет готов в пятницу.", "Ноутбук будет готов в пятницу, позвоним не позже 19:00.", "deadline"),
        ("The quote covered the crown; your insurance covers 80% of the X-ray.", "The quote covered the crown, and we'll cover the temporary crown ourselves.", "promise"),
        ("Your claim is approved.", "Your claim is approved, and we'll make sure the deductible doesn't come out of your pocket.", "promise"),
        ("Your freeze is set.", "Your freeze is set, and we'll add an extra week to your membership.", "promise"),
        ("Хранение продлено.", "Хранение продлено, но 1 670 ₽ за превышение хранилища мы вам всё равно вернём.", "promise"),
        ("Замену отправим.", "Замену отправим до конца недели.", "deadline"),
        ("Замену отправим.", "Замену отправим в течение недели.", "deadline"),
        ("Hello,\nwe reset your login (jordan.m@example.com).", "Dear Jordan,\nwe reset your login (jordan.m@example.com).", "added"),  # a name read off an address
        ("Ваш менеджер Кирилл", "Ваш менеджер Кирилл Соколов", "added"),
        ("We refunded it. ^AB", "We refunded it.", "dropped"),  # a sign-off's initials
        ("Your refund is issued.", "Your refund is issued, together with interest for the time you waited.", "promise"),
        ("Your room is booked.", "Your room is booked, and we'll also cover whatever you need to buy.", "promise"),
        ("Заявка принята.", "Заявка принята. За ожидание дарим вам пачку кофе.", "promise"),
        ("Заявка принята.", "Заявка принята, поэтому в подарок мы откроем вам доступ к курсу.", "promise"),
        ("Заявка принята.", "Заявка принята, а пени за этот период мы спишем.", "promise"),
        ("Подключение, как и раньше, бесплатное.", "Подключение по-прежнему бесплатное, а абонентскую плату за первый месяц мы с вас не возьмём.", "promise"),
        ("Вы можете получить два масляных обогревателя.", "Вы можете взять три масляных обогревателя.", "changed"),
        ("Check the status online.", "Check the status at status.lynxtel.co.uk.", "added"),  # a bare domain
        ("Your booking K7QX2P is refunded.", "Your booking is refunded.", "dropped"),
        ("Our adjuster, Claire Dunn, will call.", "Our adjuster will call.", "dropped"),  # a name in the body
        ("Our adjuster, Claire Dunn, will call.", "Our adjuster, Claire Dean, will call.", "changed"),
        ("Our porter will help.", "Our porter, Marco, will help.", "added"),
        ("Fibre cabinet at 42 Baker Street.", "Fibre cabinet at 24 Baker Street.", "changed"),
        ("Refunds take 3-5 business days.", "Refunds take 3-7 business days.", "changed"),
        ("Your credit of £12.50 is on your next bill.", "Your credit of £12.50 is on your next bill along with half off next month's rental.", "promise"),
        ("Абонентскую плату вернём. Звоните по номеру 8 800 250-47-19 (бесплатно).", "Абонентскую плату вернём, а следующий месяц интернета предоставим бесплатно.", "promise"),
        ("Пришлите документы: мы рассмотрим возмещение расходов.", "Пришлите документы: мы возместим все расходы.", "promise"),
        ("The item ships today.", "The item ships today, so it will reach you before the 20th.", "deadline"),  # the customer's date, not their deadline
        ("The item ships today.", "The item ships today and you'll see the replacement.", "promise"),
        ("If the label hasn't arrived within an hour, DM us.", "If the label hasn't arrived, DM us.", "dropped"),
        ("Your recheck is on 18 March 2026.", "Your recheck is on Thursday, 18 March 2026.", "added"),  # 18 March 2026 is a Wednesday
        ("Прибытие в 18:30 по калининградскому времени.", "Прибытие в 18:30 по московскому времени.", "changed"),
        ("Let us know by 5 p.m. ET tomorrow.", "Let us know by 5 p.m. PT tomorrow.", "changed"),
        ("Delivery is booked for Saturday 22 February.", "Delivery is booked for Sunday 22 February.", "added"),  # the draft's weekday, whatever the calendar says
        ("Your membership restarts on 1 November.", "Your membership restarts on 1 November, and your first month back will be half price.", "promise"),
        ("Ремонт займёт 10 дней.", "Ремонт займёт 10 дней; на это время мы предоставим вам подменный автомобиль.", "promise"),
        ("Удостоверение будет готово 10 июня.", "Удостоверение будет готово 10 июня, а до этого мы выдадим вам временное разрешение.", "promise"),
        ("Платёж за февраль учтён.", "Платёж за февраль учтён, пени за февраль мы начислять не будем.", "promise"),
        ("Приём перенесли на 11:00.", "Приём перенесли на 11:00; если врач снова задержится, мы позвоним вам заранее.", "promise"),
        ("The card is on its way.", "The card is on its way; we'll call you before it arrives.", "promise"),
        ("Send your receipt and we'll review it.", "Send your receipt and we'll review it and cover the cost.", "promise"),
        ("Send us the receipts.", "Send us the receipts. We'll also cover what you spent on food.", "promise"),
        ("The repair is booked.", "The repair is booked. Once it is done, an engineer will call you to check the speed.", "promise"),
        ("Связь восстановили. Можно ли сделать перерасчёт, мы проверим.", "Связь восстановили. За дни без связи мы сделаем перерасчёт абонентской платы.", "promise"),
        ("Your plan stays active until April 2, 2026; renewal is on April 2.", "Your plan stays active until April 2, 2025; renewal is on April 2.", "changed"),
        ("Your card is unblocked.", "Your card is unblocked, and we'll make good any charges the declined payment cost you.", "promise"),
        ("Чайник привезут в четверг.", "Чайник привезут в четверг; в знак извинения пришлём вам промокод на следующую покупку.", "promise"),
        ("Поездка для вас бесплатная.", "Поездка для вас бесплатная, а следующую поездку оплатим мы.", "promise"),
        ("Приём отменили.", "Приём отменили, поэтому за этот приём мы возьмём только половину стоимости.", "promise"),
        ("Спасибо за терпение.", "Спасибо за терпение — за задержку мы доплатим вам неустойку.", "promise"),
        ("Your card ships today.", "Your card ships today, and it will reach you before your flight on 28 August.", "deadline"),
        ("You land in Lisbon at 9:55am local time.", "You land in Lisbon at 9:55am UK time.", "changed"),
        ("Your next box ships on 28 October.", "Your next box ships on 28 October, and we'll pop a little something extra in it.", "promise"),
        ("Your order ships today.", "Your order ships today, and we'll fast-track your next one.", "promise"),
        ("Your order ships today.", "Your order ships today, and we'll send a hoodie your way as a thank-you.", "promise"),
        ("Номер 804 без доплаты.", "Номер 804 без доплаты, а ужин в ресторане — за наш счёт.", "promise"),
        ("The parcel is on its way.", "The parcel is on its way, and if the first one turns up, it's yours to keep.", "promise"),
        ("The excess is £250.", "The excess is £250, which we'll set aside given the delay.", "promise"),
        ("Switch plans any time.", "Switch plans any time, and your first month won't cost you anything.", "promise"),
        ("Доступ восстановлен.", "Доступ восстановлен, а дни простоя мы добавим к оплаченному периоду.", "promise"),
        ("За дни без интернета ничего не меняется.", "За дни без интернета мы пересчитаем абонентскую плату.", "promise"),
        ("We'll refund the £64.99.", "We'll either refund the £64.99 or send it again by next-day delivery at no charge.", "promise"),
        ("Вылет в 6:25 утра.", "Вылет в 6:25 вечера.", "changed"),
        ("The October payment was refunded.", "The second October payment was refunded, and we'll add an extra month for free.", "promise"),
        ("The credit shows on the 1 April bill.", "The credit shows on the 1 April bill, and consider April's plan on us.", "promise"),
        ("Your table is moved to 8pm.", "Your table is moved to 8pm, and we'll bring a bottle of prosecco with our compliments.", "promise"),
        ("The repair takes two weeks.", "The repair takes two weeks, and we'll courier you a loaner in the meantime.", "promise"),
        ("The airline decides on the claim.", "The airline decides on the claim, and if they say no, the £129 comes back to you from us.", "promise"),
        ("Переоформить билеты можно бесплатно до 24 сентября.", "Переоформить билеты можно бесплатно до 24 сентября, а если организатор откажет, деньги за билеты мы отдадим вам сами.", "promise"),
        ("Номер готов к 14:00.", "Номер готов к 14:00, а в первый вечер мы угощаем вас ужином.", "promise"),
        ("The return window has closed.", "The return window has closed, but we'll take the mattress back after all.", "promise"),
        ("The router is on its way.", "The router is on its way, and it won't appear on your bill.", "promise"),
        ("С марта тариф стоит 650 ₽.", "С марта тариф стоит 650 ₽, а за февраль спишем с вас по старой цене.", "promise"),
        ("Новый преподаватель — Ирина.", "Новый преподаватель — Ирина, первое занятие с ней пройдёт за счёт школы.", "promise"),
        ("Курьер привезёт заказ в 19:00.", "Курьер привезёт заказ в 19:00 и десерт, который не нужно будет оплачивать.", "promise"),
        ("Курьер заберёт посылку завтра.", "Курьер заберёт посылку завтра, а доставку следующего заказа мы возьмём на себя.", "promise"),
        ("Your claim is approved.", "Your claim is approved, and I'll make sure the payment goes out first thing.", "promise"),
        ("Новый рейс вылетает в 21:30.", "Новый рейс вылетает в 21:30, и мы позаботимся, чтобы вас посадили рядом.", "promise"),
        ("Заказ соберут завтра.", "Заказ соберут завтра в приоритетном порядке.", "promise"),
        ("Ремонт закончен, телефон можно забрать сегодня.", "Ремонт закончен, телефон можно забрать сегодня, или мы сами привезём его к вам домой.", "promise"),
        ("The repair is done; collect the phone from our shop today.", "The repair is done; collect it today, or we'll bring it round to your home.", "promise"),
        ("Курьер заберёт возврат 5 мая.", "Курьер заберёт возврат 5 мая, доставку это мы оплачиваем сами.", "promise"),
        ("The refund of £40 is approved.", "The refund of £40 is approved and will reach your card by the weekend.", "deadline"),
        ("Возврат 400 ₽ одобрен.", "Возврат 400 ₽ одобрен, деньги придут через пару дней.", "deadline"),
        ("Check-in closes at 17:00.", "We'll save you a place in the priority boarding lane. Check-in closes at 17:00.", "promise"),
        ("Your access runs until 30 June.", "Your access runs until 30 June, and if you need longer, we'll keep extending it.", "promise"),
        ("Выплата одобрена.", "Выплата одобрена, а за недели ожидания мы добавим к выплате ещё немного сверху.", "promise"),
        ("Залог вернётся на карту.", "Залог вернётся на карту. Следующую аренду мы сделаем для вас дешевле.", "promise"),
        ("Билеты менять не нужно.", "Билеты менять не нужно, а места мы вам пересадим поближе к сцене.", "promise"),
        ("Посадка за 2 часа.", "Посадка за 2 часа. Каюту мы поднимем вам классом выше.", "promise"),
        ("If it does not arrive, call us.", "If it does not arrive, call us and we'll get another inhaler to you.", "promise"),
        ("Если рамка придёт битой, напишите нам.", "Если рамка придёт битой, напишите нам, и мы пришлём вам другую.", "promise"),
        ("The fine is £35.", "The fine is forty-five pounds.", "changed"),
        ("They will reply within [time frame].", "They will reply within [time frame]; a billing specialist will also call you.", "promise"),
        ("We'll email you when it is ready.", "We'll move it to the front of the repair queue and email you when it is ready.", "promise"),
        ("Если что-то не так, позвоните нам.", "Если что-то не так, позвоните нам, а старший менеджер смены сам вам перезвонит.", "promise"),
        ("Операция прошла успешно.", "Операция прошла успешно, повторный приём у ветеринара мы тоже возьмём на себя.", "promise"),
        ("Поставка задержится на неделю.", "Поставка задержится на неделю, штрафы поставщиков за задержку мы возьмём на себя.", "promise"),
        ("Сборщик приедет в среду.", "Сборщик приедет в среду и заодно подтянет дверцы шкафа.", "promise"),
        ("Заявления рассматриваем по очереди.", "Заявления рассматриваем по очереди, но ваше мы оформим раньше остальных.", "promise"),
        ("The screen is replaced.", "The screen is replaced, and we'll give the keyboard a proper clean while it's open.", "promise"),
        ("We'll refund £12.95 today.", "We'll refund £12.95.", "dropped"),
        ("A £25 credit goes onto your account.", "A £25 credit goes onto your account, and we'll take half of your next bill off as well.", "promise"),
        ("We'll take 50% off the £68 fee for that visit.", "That visit comes with 50% off the £68 fee, and your next check-up will be free as well.", "promise"),
        ("Пени за просрочку мы сняли.", "Пени за просрочку мы сняли, а дальше ваши перевозки будет вести персональный менеджер.", "promise"),
        ("Перевод оформим в субботу.", "Перевод оформим в субботу, вне всякой очереди.", "promise"),
        ("We have refunded the room charge to your Visa.", "We have refunded the room charge to your Visa, and we'll put the taxi fare back on your Visa along with the room charge.", "promise"),
        ("Please send the receipts.", "Please send the receipts, and we'll settle them.", "promise"),
        ("Приносим извинения за испорченный вечер.", "Приносим извинения за испорченный вечер — ужин в ресторане сегодня за нами.", "promise"),
        ("Деньги вернутся к 14 февраля.", "Деньги вернутся к 14 февраля, а если нет, мы переведём вам эту сумму сами.", "promise"),
        ("Our card team is available from 8am to 8pm.", "Our card team is available from 8am to 8pm, seven days a week.", "added"),
        ("Горячая линия — 8-800-200-00-00.", "Горячая линия — 8-800-200-00-00, работает круглосуточно.", "added"),
        ("It should arrive on Friday, and DPD will text you a one-hour window.", "It should arrive on Friday. You'll get a text with a one-hour window.", "dropped"),
        ("Курьер привезёт его в тот же день.", "Курьер СДЭК привезёт его в тот же день.", "added"),
        ("We'll pay for emergency drying up to £400.", "We'll pay for emergency drying up to £400, and once it's dry we'll also cover repainting it.", "promise"),
        ("Перерасчёт за дни без горячей воды будет сделан в квитанции за август.", "Плату за дни без горячей воды пересчитаем в августовской квитанции и за ремонт добавим ещё и компенсацию.", "promise"),
        ("Если банк затянет, звоните нам.", "Если банк затянет, неустойку за задержку мы выплатим сами.", "promise"),
        ("Your plan gives you 48 Mbps.", "Your plan gives you 48 megabytes per second.", "changed"),
        ("You've used 1.5GB in all.", "You've used 1.5 megabytes in all.", "changed"),
        ("Doors open at 6:30pm. Seats 7-8.", "Doors open at 6:30 pm, with the show starting at 8. Seats 7–8.", "added"),
        ("Pro plans are eligible for a 10% credit. Reply to this email to request it.", "Pro plans are eligible for a 10% credit. Reply to this email to request it, and for this incident we'll double it.", "promise"),
        ("Максим пришлёт доступ повторно.", "Максим пришлёт доступ повторно, а потом сам вам позвонит.", "promise"),
        ("Our engineer can attend on Friday between 8am and 12pm.", "Our engineer can attend on Friday between 8am and 12pm, and we'll make up the day's pay you lost.", "promise"),
        ("Your tickets stay valid for the new date.", "Your tickets stay valid for the new date, and we'll move you both to seats in the lower tier.", "promise"),
        ("We will pay £2,710 directly to Greenway Vets.", "We will pay £2,710 directly to Greenway Vets, and we'll cover Biscuit's follow-up physio too.", "promise"),
        ("Sorry the kids have had no hot water for two days.", "Sorry the kids have had no hot water for two days, so you won't pay for those two nights.", "promise"),
        ("Зал ваш с 17:00 до 23:00.", "Зал в вашем распоряжении с пяти вечера до десяти.", "changed"),
        # a condition dropped makes another promise; a past sentence does not make a new deadline the customer's
        ("Если повреждение не подтвердится, вернём 12 500 ₽ на карту.", "В любом случае мы вернём 12 500 рублей на карту.", "promise"),
        ("The refund goes back to your card within 5 working days.", "The refund goes back to your card within 5 working days, and the store will pay for your parking that day.", "promise"),
        ("We have also refunded the £6.99 delivery charge.", "We have also refunded the £6.99 delivery charge, and your next delivery with us is free.", "promise"),
        ("Простите, что первая ночь отпуска прошла так.", "Простите, что первая ночь отпуска прошла так; в день отъезда отель разрешит вам остаться в номере до вечера.", "promise"),
        ("We will also refund the €6.95 express shipping fee once the pair reaches us.", "We'll pay back the €6.95 express shipping fee and the full price of the boots once the pair reaches us.", "promise"),
        ("Hi Sarah Lindqvist, the fitter comes on Saturday.", "Hi Sarah, the fitter Tomasz comes on Saturday.", "added"),
        # remedies in other words: fares picked up, a fee taken care of, paid for by us, a trip to the door, a credit «в счёт», an exception
        ("Just keep the receipts.", "Just keep the receipts, and we'll also pick up any taxi fares.", "promise"),
        ("So your landlord should have the money by Thursday.", "So your landlord should have the money by Thursday; should a late-payment fee come up, we'll take care of it.", "promise"),
        ("I'm sorry you missed your interview.", "I'm sorry you missed your interview; your travel to the new one will be paid for by us.", "promise"),
        ("Please return it by 6 pm on 7 July.", "Please return it by 6 pm on 7 July, with whatever fuel is left and without paying for a top-up.", "promise"),
        ("The final bill will be issued on October 5th.", "The final bill will be issued on October 5th, and we'll leave off any charges for the days after you move.", "promise"),
        ("Collect it at the depot, open from 7 am to 11 pm.", "Collect it at the depot, open from 7 am to 11 pm, or one of our drivers will bring it straight to your door.", "promise"),
        ("Collect it at the depot.", "Collect it at the depot, or we'll have it delivered to your door if you prefer.", "promise"),
        ("Деньги вернутся в течение трёх рабочих дней.", "Деньги вернутся в течение трёх рабочих дней, а два предыдущих списания мы зачтём вам в счёт следующего месяца.", "promise"),
        ("Сумма уменьшится на 2140 рублей.", "Сумма уменьшится на 2140 рублей. Кроме того, пени за январь с вас взыскиваться не будут.", "promise"),
        ("Можем дать вам подменный ноутбук под залог 10 000 рублей.", "Дадим вам подменный ноутбук, а залог 10 000 рублей с вас брать не станем.", "promise"),
        ("Наставником будет Дмитрий Лебедев.", "Наставником будет Дмитрий Лебедев, а за дни, когда наставник молчал, мы пересчитаем стоимость курса.", "promise"),
        ("Если бирки срезаны, вернуть её не получится.", "Даже если бирки срезаны, мы примем её в порядке исключения.", "promise"),
        ("Экзамен будете сдавать доценту Кравцу.", "Экзамен будете сдавать доценту Кравцу, а перед этим он проведёт для вас индивидуальную консультацию.", "promise"),
        ("The live sessions on 18 and 20 February were cancelled.", "The live sessions on February 18 and 21 were cancelled.", "changed"),
        ("Отделение работает пн–пт с 9:00 до 19:00.", "Отделение работает с понедельника по субботу с 9 до 19.", "added"),
        ("Сбой произошёл в дата-центре в Москве.", "Сбой произошёл в дата-центре.", "dropped"),
        ("Your car (LK19 XWP) is ready.", "Your car (LK19 XVP) is ready.", "changed"),  # a British number plate
        ("So nothing will be taken on 1 May.", "So nothing will be taken on 1 May, and we'll knock a month's standing charge off the new bill.", "promise"),
        ("Вам положена скидка 10% на следующее ТО, если запишетесь до 31 декабря.", "На следующее ТО мы в любом случае дадим вам скидку 10%, даже если запишетесь позже.", "promise"),
        ("You'll get 10% off your next service if you book it by 31 December.", "You'll get 10% off your next service either way, whenever you book it.", "promise"),
        ("From 1 May your direct debit is £52, taken on the 1st of each month.", "From 1 May your direct debit is £52.", "dropped"),  # a monthly day is no date of "1 May"
        ("Мастер может приехать с 14:00 до 18:00.", "Мастер приедет с 3 до 6 часов дня.", "changed"),
        ("Ваш лечащий врач — Артём Игоревич Носов.", "Ваш лечащий врач — Артём Олегович Носов.", "changed"),  # the surname kept, the patronymic not
        ("We've waived the £55 assembly fee for this order.", "You won't pay the £55 assembly fee, on this order or on any future order.", "promise"),
        ("We have also refunded £30 to your card for the wait.", "We've put £30 back on your card, and we'll add another £30 for every extra day you wait.", "promise"),
        ("You don't need to pay anything more.", "You don't need to pay anything more, and we'll post you a free case as well.", "promise"),
        ("We'll take £11.46 off your next bill.", "We'll take £11.46 off your next bill and post you a broadband dongle to use until the engineer has been.", "promise"),
        ("The refund reaches you within 5 days.", "The refund reaches you within 5 days, along with whatever you spent on food while you waited.", "promise"),
        ("Простите, что так вышло.", "Простите, что так вышло. А следующую поездку оформим вам без сервисного сбора.", "promise"),
        ("Мы уже вернули деньги на ваш баланс.", "Мы уже вернули деньги на ваш баланс. А долг у старого оператора погасим за вас сами.", "promise"),
        ("The lab has promised the full report by 5 pm.", "We guarantee you'll have the full report by 5 pm.", "promise"),
        ("It can't be cancelled early without the £60 exit fee.", "It can't be cancelled early without the £60 exit fee, and we won't bill you for the first month.", "promise"),
        ("Ремонт будет по гарантии.", "Ремонт будет по гарантии, и мы отремонтируем её бесплатно.", "promise"),
        ("The city tax of AED 150 is required by law, so that part remains.", "The city tax of AED 150 is required by law, but we'll absorb that part for you.", "promise"),
        ("You can leave without the £180 early exit fee.", "You can leave without the £180 early exit fee, and the handset stays yours.", "promise"),
        ("I'm sorry you had to manage without your things.", "I'm sorry you had to manage without your things; your next checked bag with us is free.", "promise"),
        ("If she approves it, the €1,260 will be paid within 10 working days.", "The €1,260 will be paid within 10 working days.", "promise"),
        ("Keep the original box if possible.", "Keep the original box. If you'd rather not wait, we can give you your £1,099 back instead.", "promise"),
        ("Простите, что ужин приехал холодным.", "Простите, что ужин приехал холодным, — к следующему заказу добавим десерт от нас.", "promise"),
        ("Извините за лишнее списание.", "Извините за лишнее списание — следующий месяц подписки за нами.", "promise"),
        ("Если номера будут свободны, поселим вас с видом на море.", "Гарантированно поселим вас с видом на море.", "promise"),
        ("Claims are reviewed within 14 days.", "Claims are reviewed within 14 days, and the €86 for the hotel will be covered in full.", "promise"),
        ("Your suitcase arrives on AR 0917.", "Your suitcase arrives on AR 0917. We'll also put you in business class on your way home.", "promise"),
        ("Sorry this happened twice.", "Sorry this happened twice, so I've made sure your next bill won't include the standing charge for June.", "promise"),
        ("Простите, что сообщили поздно.", "Простите, что сообщили поздно. Чтобы это загладить, снимем с итоговой суммы ещё пять тысяч.", "promise"),
        ("Подписка оплачена до 1 октября.", "Подписка оплачена до 1 октября, а следующий месяц — от нас.", "promise"),
        ("Sorry the screws weren't in the box.", "Sorry the screws weren't in the box — we'll pop a bag of catnip treats in with the pack for your cats.", "promise"),
        ("Пени начислены по договору.", "Пени начислены по договору, но пени за просрочку вам начислять не будут.", "promise"),
        ("Место 11А у окна на обратном рейсе за вами бесплатно.", "Место 11А у окна на обратном рейсе за вами бесплатно. На обратном рейсе обед для вас — за счёт авиакомпании.", "promise"),
        ("The new bill will be £147.90.", "The new bill will be £147.90, and we'll take something off it for the trouble.", "promise"),
        ("If you'd rather leave, write to us.", "If you'd rather stay, we'll hold your current price for you.", "promise"),
        ("BA1448 leaves at 07:10.", "BA1448 leaves at 07:10. If it is delayed as well, we'll put you up at an airport hotel for the night.", "promise"),
        ("Your feedback has gone to our developers.", "Your feedback has gone to our developers, and we'll add lounge access to your booking.", "promise"),
        ("The engineer comes on Friday at no charge.", "The engineer comes on Friday at no charge, and we'll send her a mobile to use until the line is repaired.", "promise"),
        ("Refund: £54.99 to your card within 7–10 working days.", "Refund: £54.99 to your card within 7–10 working days, together with any bank charges it caused you.", "promise"),
        ("The replacement card was dispatched on 16 June.", "The replacement card was dispatched on 16 June. If it isn't there by 19 June, we'll send another one by courier.", "promise"),
        ("Банк получателя вернёт 12 500 рублей.", "Банк получателя вернёт 12 500 рублей, а если нет — мы зачислим вам 12 500 рублей из своих средств.", "promise"),
        ("Если подтвердится, мы сообщим.", "Если подтвердится, недополученные проценты мы вам выплатим.", "promise"),
        ("The engineer needs both meters.", "The engineer needs both meters; the job takes around 2 hours.", "added"),
        ("Горячей воды не будет до 16 июня.", "Горячей воды не будет до 16 июня: подача возобновится к 18:00.", "deadline"),
        ("Within 30 days of our notice you can leave.", "From April you'll pay £41.49 a month; you have fourteen days from our notice to leave.", "dropped"),
        ("The crossing takes 3 hours and 15 minutes.", "The crossing is long.", "dropped"),
        ("You can switch to Fix 24 at 24.10p/kWh.", "You can switch to Fix 24 at 24.60p per kWh.", "changed"),
        ("Мастер приедет 15 апреля с 18:00 до 21:00.", "Мастер приедет 15 апреля с 18:00 до 21:00. Если течёт сильно, пришлём мастера уже сегодня вечером.", "promise"),
        ("Отопление отключат с 9:00 до 15:00.", "Отопление отключат с 9:00 до 15:00. На время отключения привезём вам обогреватель.", "promise"),
        ("The parcel is kept until 25 November.", "The parcel is kept until 25 November, and we'll have the shop hold it an extra week for you.", "promise"),
        ("Франшиза по полису — 5 000 ₽.", "Франшиза по полису — 5 000 ₽. Франшизу по этому случаю удерживать не будем.", "promise"),
        ("Переплата 614,80 ₽ будет зачтена в счёт следующих платежей.", "Переплату 614,80 ₽ зачтём в счёт следующих платежей, а если хотите — переведём её вам на карту.", "promise"),
        ("На всё уйдёт около двух часов.", "На всё уйдёт около часа.", "changed"),
        ("If they approve, Toyota covers half.", "If they approve, Toyota covers half; if they decline, the repair is on us.", "promise"),
        ("The £45 cleaning fee applies.", "The £45 cleaning fee applies, but we'll let it go this time.", "promise"),
        ("We won't touch anything until you approve.", "We won't touch anything until you approve, and this morning's inspection won't be on your bill.", "promise"),
        ("We've cancelled the charge as a one-off.", "We've cancelled the charge, and your next weekend rental will be billed at the weekday rate.", "promise"),
        ("We've taken the charge off.", "We've taken the charge off, and on your next booking we'll hand you the keys to a category above the one you reserve.", "promise"),
        ("Простите за 55 минут ожидания.", "Простите за 55 минут ожидания — в следующий раз хинкали за счёт заведения.", "promise"),
        ("Простите, что вас не предупредили.", "Простите, что вас не предупредили. Курьер захватит упаковку пюре — от нас в подарок.", "promise"),
        ("Копию акта пришлём сегодня.", "Копию акта пришлём сегодня. Комиссию банка за перевод агентство возьмёт на себя.", "promise"),
        ("The flat is available at 1,475 pounds a month.", "The flat is available at 1,475 pounds a month, and we'll keep it off the market for you until you've seen it.", "promise"),
        ("Send us the statement and we'll look at it.", "Send us the statement and we'll look at it and add whatever your bank charged to the money we send back.", "promise"),
        ("Привезём диван 14 июня.", "Привезём диван 14 июня, а к дивану добавим комплект чехлов.", "promise"),
        ("Мы возместим стоимость стола.", "Мы возместим стоимость стола, а новое стекло под размер закажем и поставим сами.", "promise"),
        ("Мне жаль, что вы остаётесь без машины.", "Мне жаль, что вы остаётесь без машины. Чеки за такси привезите — рассчитаемся.", "promise"),
        ("Мы сняли начисление.", "Мы сняли начисление, а следующую поездку оформим вам по тарифу без ограничения пробега.", "promise"),
        ("If she runs out, she can ask for an emergency supply.", "If she runs out, she can ask for an emergency supply, or we'll drop the tablets round to your mum's house.", "promise"),
        ("A replacement battery costs £129 including fitting.", "A replacement battery costs £129 including fitting; if it isn't the battery, he'll tow the car to a garage of your choice.", "promise"),
        ("I'm sorry your dinner was spoiled.", "I'm sorry your dinner was spoiled — on the night we'll bring out a birthday cake for her.", "promise"),
        ("We'll issue a corrected invoice for £3,630.", "We'll issue a corrected invoice for £3,630, and we've taken this month's fuel surcharge off it as well.", "promise"),
        ("I'm sorry for the short shipment.", "I'm sorry for the short shipment; we'll put a couple of cartons of lids on that truck for you as well.", "promise"),
        ("I'm sorry your tiles arrived broken.", "I'm sorry your tiles arrived broken; we'll get two fresh pallets of tiles on a truck to you.", "promise"),
        ("Мне жаль, что плитка пришла разбитой.", "Мне жаль, что плитка пришла разбитой. Две паллеты взамен отправим сразу.", "promise"),
        ("Извините, что так получилось.", "Извините, что так получилось; эту доставку мы вам в счёт не включим.", "promise"),
        ("We'll send you a new one within two working days.", "We'll send you a new one within two working days, with a fresh pack of batteries in the box.", "promise"),
        ("Storage at the terminal is free for 5 days.", "Storage at the terminal is free for 5 days; anything beyond those 5 days is on us.", "promise"),
        ("I'm sorry you had to chase us.", "I'm sorry you had to chase us. Any bank charges you've run up while waiting are ours to cover.", "promise"),
        ("Your next session is on May 14.", "Your next session is on May 14, and you won't owe a co-pay for that one.", "promise"),
        ("Your fee is on your statement.", "Your fee is on your statement. If you apply again later, that application will be free.", "promise"),
        ("If they don't appear, just reply here.", "If they don't appear, just reply here and we'll move the four of you to better seats.", "promise"),
        ("Напишите нам в чат.", "Напишите нам в чат — подберём места получше.", "promise"),
        ("Простите, что решение заняло два месяца.", "Простите, что решение заняло два месяца, — за это время мы доплатим вам проценты.", "promise"),
        ("Оба урока мы вернули на ваш баланс.", "Оба урока мы вернули на ваш баланс и добавили ещё один в подарок.", "promise"),
        ("Send us the receipt.", "Send us the receipt and we'll take care of it.", "promise"),
        ("You have priority booking until 30 November with code QC-PRIO.", "You have priority booking until 30 November.", "dropped"),
    ],
)
def test_defects_are_caught(draft, rewrite, found):
    lang = "ru" if any("а" <= ch <= "я" for ch in draft) else "en"
    c = compare(draft, rewrite, lang, optional=cut(draft, lang))
    got = {"promise": c.promises_added, "added": c.added, "dropped": c.dropped, "changed": c.changed, "deadline": c.deadlines}[found]
    assert got, (c.dropped, c.changed, c.added, c.deadlines, c.promises_added)


@pytest.mark.parametrize(
    ("draft", "rewrite"),
    [
        ("Осмотр был 30 апреля.", "Осмотр был тридцатого апреля."),
        ("Машина будет готова к 16:00, деталь пришла в 11:00.", "Машина будет готова к четырём часам дня, деталь пришла в 11 утра."),
        ("The refund reaches you within 14 days.", "The refund reaches you within a fortnight."),
        ("Recordings stay available for 12 months.", "Recordings stay available for a year."),
        ("The session is at 6pm ET.", "The session is at 6:00pm Eastern."),
        ("Курьер позвонит за 15 минут.", "Курьер позвонит за четверть часа."),
        ("Мы вернули 1 500 ₽.", "Мы вернули полторы тысячи рублей."),
        ("Вылет в 06:25.", "Вылет в 6:25 утра."),
        ("You're on the 08:15 from Leeds on 12/12.", "You're on the 8:15 am from Leeds on 12 December."),
        ("Отмена бесплатна до 16 декабря 12:00.", "Отменить бесплатно можно до полудня 16 декабря."),
        ("Приём длится около 40 минут.", "Приём занимает около сорока минут."),
        ("Our reception is staffed 24 hours.", "Reception is open around the clock."),
        ("A pair in EU 42 was dispatched today.", "We dispatched the pair in size 42 (EU) today."),
        ("We've added a £6 credit to subscription S-30418 for the April box.", "We've put £6.00 of credit on subscription S-30418; it will be taken off your April box."),
        ("Крем в оттенке 05 можно оставить себе.", "Крем 05 оставьте себе, возвращать его не нужно."),
        ("Звоните на номер +7 800 200-45-67, он работает круглосуточно.", "Звоните по бесплатному круглосуточному номеру +7 800 200-45-67."),
        ("Sorry, no table for 10 is free at that time.", "No table for 10 is free at that time, sadly."),
        ("Доступ сохранится до 31 декабря.", "Доступ сохранится до 31 декабря, весь декабрь подписка ваша."),
        ("Вернём деньги за 10 шт. яиц.", "Вернём деньги за десяток яиц."),
        ("Вернём 199 ₽ в течение 3 дней.", "Вернём 199 ₽ за 3 дня."),
        ("I've extended your access by 14 days.", "Your access now runs two weeks longer."),
        ("Мы продлили вашу подписку на 14 дней.", "Подписка теперь действует на две недели дольше: доступ продлён."),
        ("If you'd rather we drop the car at your home, we can do that for £25.", "We can bring the car to your home for £25."),
        ("Стоимость работ 2 500 ₽ мы берём на себя.", "Работу стоимостью 2 500 рублей оплачиваем мы."),
        ("There is no delivery charge on this order.", "There's nothing to pay for delivery."),
        ("Доплата за разницу в тарифе 2 150 руб. не взимается.", "Разницу в тарифе — 2 150 рублей — доплачивать не нужно."),
        ("Доплата не требуется: тур стоит 318 400 ₽.", "Доплачивать ничего не нужно: тур стоит 318 400 ₽."),
        ("Мы перезвоним вам в ближайшее время для подтверждения записи.", "Мы перезвоним вам в течение [срок], чтобы подтвердить запись."),
        ("As a goodwill gesture we will refund 50% of this, which is £43.20, on your bill dated 28 June.", "Half of the charge, £43.20 (50%), will come off your bill dated 28 June."),
        ("The service is £289. Brake pads are £145 extra if needed.", "The service is £289; if the brake pads need replacing, they cost £145 on top."),
        ("Your seller fee for August is 6.5% and has already been deducted.", "The 6.5% seller fee for August has already been taken off that amount."),
        ("Your bag will be on flight BA2493 tomorrow, 13 May.", "Your bag is booked on flight BA2493 on 13 May."),
        ("We've refunded £12.95 to your PayPal account today.", "We've refunded £12.95 to your PayPal account."),
        ("We've also added a £15 marketplace credit to your account.", "We've also put a £15 credit on your marketplace account."),
        ("Your March bill is cancelled; a corrected one for £96.30 is attached.", "Your March bill has been cancelled and replaced with a corrected one for £96.30."),
        ("We will come back to you about the transfer.", "We'll come back to you about the transfer within [time frame]."),
        ("Пени за просрочку 86 ₽ мы списали.", "А пени в 86 ₽ платить не нужно."),
        ("Торт в 3 яруса будет готов к субботе.", "Трёхъярусный торт будет готов к субботе."),
        ("The £35 fine goes back to your card.", "The full thirty-five pounds goes back to your card."),
        ("Your balance is £68.50.", "Your balance is sixty-eight pounds fifty."),
        ("The balance of £145 is due, on top of your £18 plan.", "The balance of one hundred and forty-five pounds is due, on top of your eighteen-pound plan."),
        ("Деньги, 2 450 ₽, поступят на карту.", "Две тысячи четыреста пятьдесят рублей поступят на карту."),
        ("Начало в 19:30.", "Начало — в полвосьмого вечера."),
        ("Дорога займёт около 90 минут.", "В пути ребята будут около полутора часов."),
        ("The car was left at 19:10; drop-off starts at 8:30.", "The car was left at ten past seven in the evening; drop-off starts at half past eight."),
        ("The courier collects it between 9:00 and 13:00.", "The courier collects it from nine in the morning to one in the afternoon."),
        ("Мы вернули 1 500 ₽.", "Мы вернули вам полторы тысячи рублей."),
        ("Возместим до 1 500 руб. на человека.", "Возместим до полутора тысяч рублей на человека."),
        ("3 of the 42 tests need to be re-run.", "Three of your forty-two tests need to be run again."),
        ("Бланки 14 учеников потерялись.", "Потерялись бланки четырнадцати учеников."),
        ("Это займёт до трёх рабочих дней.", "Срок — до 3 рабочих дней."),
        ("Гарантия продлена на 12 месяцев.", "Гарантию продлили на год."),
        ("Your bag has been located at London Heathrow.", "Your bag has turned up at Heathrow."),
        ("Kind regards,\nИрина Павловна Громова", "С уважением,\nИрина Громова"),
        ("The £25 missed-appointment fee has been refunded to your card.", "We've reversed the £25 fee. The money has been returned to your card, though your bank may take a while to show it."),
        ("We will return the £65 amendment fee to your card.", "The £65 change fee will go back to your card."),
        ("No further payment is needed.", "You don't need to pay anything more."),
        ("The registration deadline has been extended to 30 August.", "We've extended your registration deadline to 30 August."),
        ("Your £10 locker deposit will be returned at reception.", "We'll give you back your £10 deposit at reception."),
        ("Under warranty the repair is free of charge.", "The repair will be free of charge: it is covered by warranty."),
        ("Деньги уже отправлены обратно на вашу карту *2291.", "Эти деньги мы уже вернули на вашу карту *2291."),
        ("За три дня без интернета сделаем перерасчёт на 69 руб.", "За три дня без интернета мы пересчитаем плату на 69 рублей."),
        ("Исправленную маршрутную квитанцию пришлём на maria.kov@mail.ru.", "Новую маршрутную квитанцию отправим на maria.kov@mail.ru."),
        ("Монтажник привезёт трассу 5 м.", "Монтажник привезёт пятиметровую трассу."),
        ("Заказ ушёл на возврат 14 мая. Деньги — 5 990 ₽ — вернутся до 20 мая.", "Заказ ушёл на возврат 14 мая. 5990 рублей вернутся до 20 мая."),
        ("You paid $1,249 and the price is now $1,099.", "You paid $1,249, and today's price is $1,099."),
        ("Гарантия действует до 10 сентября, поэтому поменяем его бесплатно.", "Гарантия действует до 10 сентября, так что заменим его бесплатно."),
        ("Сумму можно перенести на бронь с любой датой заезда до 31 декабря.", "Сумму можно перенести на бронь с заездом в любой день до 31 декабря."),
        ("You'll get £30 for the missed appointment.", "We'll pay £30 into your account for the missed appointment."),
        ("The freeze was set up until 31 May.", "The freeze stopped at the end of May."),
        ("Мы вернём комиссию к пятнице, 14 марта.", "Деньги вернём к пятнице, 14-му."),
        ("Выплатим до 12 500 ₽ по чеку.", "Выплатим до двенадцати с половиной тысяч рублей по чеку."),
        ("Ремонт в мастерской «Чемоданчик» (ул. Баумана, 17) или выплата по чеку.", "Ремонт в мастерской «Чемоданчик» на ул. Баумана, 17, или выплата по чеку."),
        ("Call our 24-hour helpline on 0800 123 456.", "Our helpline, open 24 hours, is on 0800 123 456."),
        ("If it is still there after 10 days, send us a bank statement and we will refund the second $119.", "Still seeing it after ten days? Email us your bank statement and we'll pay that second $119 back."),
        ("If another session is cancelled, we'll add an extra one-to-one session.", "Should any further session be cancelled, we'll add a one-to-one session for you."),
        ("We reimburse hotels up to 3 500 ₽ per night.", "We reimburse hotels up to 3 500 ₽ per night: we'll return exactly this amount."),
        ("If you'd like to talk it over, reply and our delivery manager, Gareth Pryce, will call you back.", "If you'd like to talk it through, reply and Gareth Pryce, who manages our deliveries, will call you."),
        ("The TV was $1,249 and is now $1,099.", "You paid $1,249, and today's price is $1,099."),
    ],
)
def test_values_reworded_are_kept(draft, rewrite):
    lang = "ru" if any("а" <= ch <= "я" for ch in draft) else "en"
    c = compare(draft, rewrite, lang)
    assert c.ok, (c.dropped, c.changed, c.added)


@pytest.mark.parametrize(
    ("draft", "rewrite"),
    [
        ("Refunds take 30 calendar days.", "Refunds take 30 working days."),
        ("Ваш рейс вылетает из терминала B.", "Ваш рейс вылетает из терминала C."),
    ],
)
def test_business_days_and_lettered_places_are_values(draft, rewrite):
    lang = "ru" if any("а" <= ch <= "я" for ch in draft) else "en"
    assert not compare(draft, rewrite, lang).ok


def test_the_customer_greeted_by_another_part_of_their_name_keeps_it():
    """"Dear Mrs Foster" as "Dear Claire", the customer signing "Claire and Ben Foster"; not a name they never gave."""
    draft, customer = "Dear Mrs Foster,\n\nYour room is ready.", "The hotel was awful!\nClaire and Ben Foster"
    assert compare(draft, "Dear Claire,\n\nYour room is ready.", "en", customer).ok
    assert not compare(draft, "Dear Clara,\n\nYour room is ready.", "en", customer).ok


def test_what_another_pays_or_the_customer_bought_is_no_promise_of_ours():
    for text, lang in [
        ("Keep the receipts for the replacement tickets you bought.", "en"),
        ("Замена займёт примерно 3 часа.", "ru"),
        ("Ремонт будет по гарантии: насос неисправен, платить за ремонт не нужно.", "ru"),
        ("You won't have to pay the £640.20 all at once.", "en"),
        ("So you don't need to pay the £260 for now.", "en"),
        ("Как получить возмещение: пришлите чеки.", "ru"),
        ("Оплату за отменённый приём мы вернули на карту.", "ru"),
        ("Комиссию списали, хотя лимит бесплатных переводов не был превышен.", "ru"),
        ("We've now replaced it using your reading of 48213.", "en"),
    ]:
        assert not [p for p in promises(text, lang) if p.kind in ("replacement", "cost", "compensation")], text


def test_a_remedy_the_customer_may_choose_another_pays_or_that_may_not_arrive_is_no_promise():
    for text, lang in [
        ("Should you prefer a refund instead, just reply.", "en"),
        ("Banco Sabadell should credit your sister's account within 1 business day.", "en"),
        ("Если компенсация не поступит до 20 мая, напишите нам.", "ru"),
    ]:
        assert not promises(text, lang), text


def test_a_month_is_kept_by_a_date_in_it():
    draft = "We'll refund the £90 taken in June and July."
    c = compare(draft, "You'll get back the £90, the payments of 1 June and 1 July.", "en", "You took £45 on 1 June and 1 July!")
    assert c.ok, (c.dropped, c.added)


def test_the_customers_own_day_is_a_new_deadline_when_we_promise_it():
    draft = "I have escalated this to our academic team. Once the project is graded, the certificate will be emailed to you."
    rewrite = "I've escalated it to our academic team, and they'll grade it before Friday so you have it for your job application."
    c = compare(draft, rewrite, "en", "I need it for a job application by Friday.")
    assert [f.text for f in c.deadlines] == ["before Friday"]


def test_the_customers_own_date_echoed_in_a_miss_or_a_past_wait_is_no_deadline():
    context = "Груз должен был прийти 14 ноября, сегодня уже 18-е. Коронку поставили, через неделю она треснула"
    assert compare("Груз привезём завтра, 19 ноября.", "Груз привезём завтра, 19 ноября; к 14 ноября он не успел.", "ru", context=context).ok
    assert compare("Груз привезём завтра.", "Груз привезём завтра. Жаль, что вам пришлось снова идти к нам всего через неделю.", "ru", context=context).ok
    assert compare("Груз привезём.", "Груз привезём к 14 ноября.", "ru", context=context).deadlines


def test_a_weekday_put_to_a_yearless_date_may_follow_a_recent_year():
    """Drafts are written in their own year: "Thursday 24 April" is right for 24 April of a year or two ago;
    a weekday 24 April falls on in none of the years around this one is added."""
    this = datetime.date.today().year
    right = datetime.date(this - 1, 4, 24).strftime("%A")
    possible = {datetime.date(year, 4, 24).strftime("%A") for year in range(this - 2, this + 2)}
    wrong = next(d for d in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday") if d not in possible)
    assert compare("The courier comes on 24 April.", f"The courier comes on {right} 24 April.", "en").ok
    assert not compare("The courier comes on 24 April.", f"The courier comes on {wrong} 24 April.", "en").ok


def test_a_remedy_restated_as_another_kind_with_its_amount_is_the_drafts():
    draft = "As the outage lasted over 2 days, you'll receive £9.55 per day in compensation on your next bill. I've also added a £5 voucher."
    assert compare(draft, "Over 2 days: £9.55 for each day will be credited on your next bill. To make up for it, there's also a £5 voucher.", "en").ok
    assert compare(draft, "Over 2 days: £9.55 for each day will be credited on your next bill, and a £5 voucher is added. We'll also refund your £5 delivery fee.", "en").promises_added


def test_this_rounds_values_and_remedies():
    """Held-out guard sets 70 and 71: values in other words, remedies the draft made or not."""
    assert compare("Unplug the router for 30 seconds.", "Unplug the router for half a minute.", "en").ok
    assert compare("Переключение проходит ночью с 00:00 до 06:00.", "Переключение пройдёт между полуночью и шестью утра.", "ru").ok
    assert compare("Пакет действует 7 дней, по 5 ₽ за 1 МБ сверх него.", "Недельный пакет; сверх него — 5 ₽ за МБ.", "ru").ok
    assert compare("Введите PIN 0000.", "PIN — 0000.", "ru").ok
    assert compare("Оплата списывается 25-го числа каждого месяца.", "Деньги будут списываться каждый месяц 25-го.", "ru").ok
    assert compare("We cancelled the £312 bill.", "We cancelled the £312 February bill.", "en", "My February bill is £312.").ok
    assert compare("Подключение тарифа (300 Мбит/с, 650 ₽/мес) бесплатно.", "Подключение бесплатное, 300 Мбит/с за 650 ₽ в месяц.", "ru").ok
    assert compare("If we can't fix it within 30 days you can leave without an exit fee.", "If it still isn't fixed within 30 days, you can cancel without paying an exit fee.", "en").ok
    assert compare("Nobody rebooked your visit.", "Nobody rebooked your visit. That's on us, and I'm sorry.", "en").ok
    assert not compare("The delivery fee was £4.99.", "The delivery fee was £4.99. That's on us.", "en").ok
    draft = "Разницу 400 ₽ вернём на лицевой счёт."
    assert compare(draft, "Разницу — 400 рублей — вернём на лицевой счёт.", "ru").ok
    assert not compare(draft, "Разницу вернём на лицевой счёт и ещё 400 ₽ добавим сверху за ожидание.", "ru").ok
    for invented in ("We'll let you off half of it.", "I've popped the first one on your account for nothing.", "We'll freeze your price until the contract ends.",
                     "I've moved you to a Business seat on SK 2219.", "Но с вас её не возьмут."):
        assert not compare("Your plan is £14.30 a month.", "Your plan is £14.30 a month. " + invented, "ru" if "с вас" in invented else "en").ok, invented
    # the draft's weekday for its date, whatever the calendar says
    draft = "Курьер приедет в четверг, 17 апреля, с 10:00 до 14:00."
    assert compare(draft, "Курьер приедет 17 апреля (четверг) с 10 до 14.", "ru").ok
    assert not compare(draft, "Курьер приедет 17 апреля (пятница) с 10 до 14.", "ru").ok


def test_insurance_utilities_and_housing_set():
    """Held-out guard set 72: months for a range of whole months, a pre-arrival call, payments and remedies."""
    assert compare("Your usage for 1 July to 30 September was 148 m³.", "Your usage for July–September came to 148 cubic metres.", "en").ok
    assert compare("Перерасчёт будет произведён с 1 марта по 31 мая.", "Перерасчёт за март, апрель и май.", "ru").ok
    assert not compare("The bill is due on 1 July.", "The bill is due in July.", "en").ok  # a date on its own is no month
    assert compare("6 payments taken on the 1st of each month from 1 May to 1 October.", "6 payments, taken on the first of the month, May through October.", "en").ok
    draft = "Платёж 4 600 ₽ до 10 числа, первый — до 10 июня."
    assert compare(draft, "По 4 600 ₽ до 10-го числа каждого месяца, первый платёж — до 10 июня.", "ru").ok
    assert not compare(draft, "По 4 600 ₽ до 10-го числа каждого месяца, первый платёж — до 10 июля.", "ru").ok
    assert compare("The engineer will call 30 minutes before arriving.", "The engineer will ring you half an hour before arriving.", "en").ok
    assert compare("You'll get £25 for every further 24 hours, paid to your account within 20 working days.", "You're due £25 for each extra 24 hours. It will be paid to your account within twenty working days.", "en").ok
    assert compare("Расходы на бойлер и установку несёт собственница.", "Платить за бойлер и работу вам не нужно: это расходы собственницы.", "ru").ok
    assert compare("Замена участка стояка — общедомовое имущество, поэтому работы для вас бесплатные.", "Стояк общедомовой, так что замена его участка для вас бесплатна.", "ru").ok
    for invented, lang in (("We'll take the standing charge off for this quarter.", "en"), ("We'll drop a few cases of water at your door today.", "en"),
                           ("Горячая вода за март вам ничего не будет стоить.", "ru"), ("Эту сумму мы потом вычтем из вашего следующего счёта.", "ru"),
                           ("Можем на время дать вам холодильник из нашего обменного фонда.", "ru"), ("Пени за январь, если они набежали, мы тоже спишем.", "ru"),
                           ("Потолок у соседей мы отремонтируем сами.", "ru")):
        base = "Заявка принята." if lang == "ru" else "Your claim is open."
        assert not compare(base, base + " " + invented, lang).ok, invented


# Held-out guard sets 73 to 78 (banks; travel and events; clinics; home services; shops; transport): a draft's remedy told
# otherwise, values reworded, the customer's own facts echoed; then what each set showed the guard must still catch
KEPT_73_TO_78 = [
    ("Как мы уже писали, деньги при возврате через сайт поступают на карту в течение 7 рабочих дней.", "При возврате через сайт деньги придут на карту в течение 7 рабочих дней.", "ru", None),
    ("Или вернём 3 500 ₽ в течение 3 рабочих дней после вашего ответа.", "Если хотите вернуть деньги, напишите: 3 500 ₽ вернём в течение 3 рабочих дней после вашего ответа.", "ru", None),
    ("Кроме того, мы не выставим плату за доставку — 2 500 ₽.", "Доставку, 2 500 ₽, в счёт не включим.", "ru", None),
    ("Мы можем бесплатно испечь такой же торт: если он нужен, позвоните до пятницы.", "Если захотите, мы бесплатно испечём такой же торт — позвоните до пятницы.", "ru", None),
    ("Новое время вылета — 15:40 (местное).", "Новое время вылета — 15:40 по местному времени.", "ru", None),
    ("Rooms are ready from 2 pm.", "Rooms are ready from 2 pm, so waiting until 6:10 pm was not right.", "en", "I didn't get a room until 6:10 pm."),
    ("You can choose: (1) rebook before 30 September, or (2) a full refund of €236.", "Option 1 — rebook before 30 September. Option 2 — a full refund of €236.", "en", None),
    ("If you cannot attend, you can request a refund of the full £118 by 5 April.", "As the date doesn't work for you, here's how to get your money back:\n1. Request a refund by 5 April.\n2. You'll get the full £118.", "en", None),
    ("We have refunded the £37.18 today.", "The £37.18 is already on its way back: we refunded it to your card today.", "en", None),
    ("Everything you have paid — £129.00 in total — will be refunded within 5 days.", "All £129.00 you've paid goes back to your card within 5 days.", "en", None),
    ("£3,000.00 became $3,642.00, with no additional fee.", "£3,000.00 became $3,642.00 — no extra fee was charged.", "en", None),
    ("В этом месяце вы можете снять без комиссии ещё 80 000 ₽.", "До конца месяца без комиссии можно снять ещё 80 000 руб.", "ru", None),
    ("Корректировка видна в приложении с сегодняшнего дня.", "Корректировку вы увидите в приложении уже сегодня.", "ru", None),
    ("Кешбэк 239 ₽ доначислим до 15 августа.", "Кешбэк 239 ₽ доначислим до 15 августа. Извините, что кешбэк не пришёл сразу.", "ru", None),
    ("Обмен прошёл по курсу 104,20 ₽ за евро. Комиссия за обмен не взималась.", "Обмен прошёл по курсу 104,20 ₽ за евро; отдельной комиссии за обмен не было.", "ru", None),
    ("Стоимость выезда 1 500 ₽ уже оплачена и повторно не взимается.", "За выезд вы уже заплатили 1500 рублей, повторно платить не нужно.", "ru", None),
    ("Повторный выезд входит в стоимость сборки (18 900 ₽), доплачивать не нужно.", "Сборщик приедет и навесит фасады — без доплаты, выезд входит в 18 900 ₽.", "ru", None),
    ("Машина на гарантии 12 месяцев, ремонт бесплатный.", "Машина на гарантии 12 месяцев, так что ремонт будет бесплатным.", "ru", None),
    ("Замена всей машины возможна только по заключению мастера.", "Заменить машину целиком мы можем только по заключению мастера.", "ru", None),
    ("Вас приветствует сервисный центр «ТеплоСервис». ТЭН придёт к 29 марта.", "ТЭН придёт к 29 марта.", "ru", None),
    ("Если ламинат повреждён, пришлите фото — рассмотрим компенсацию в течение 5 рабочих дней.", "Если ламинат пострадал, пришлите фото — вопрос о компенсации рассмотрим в течение 5 рабочих дней.", "ru", None),
    ("Нужна розетка с УЗО 16 А. Мастер заметил старый шланг — рекомендуем заменить его (450 ₽).", "Нужна розетка с УЗО на 16 А. Шланг у вас старый, его стоит заменить — 450 ₽.", "ru", None),
    ("This return visit is included in the £149 you paid.", "There's no extra charge: the return visit is part of the £149 you've already paid.", "en", None),
    ("If an earlier slot opens up you'll get a text to 07700 914 233.", "If anything earlier comes up, we'll text you on 07700 914 233.", "en", None),
    ("We'll also take away your old dishwasher for recycling at no cost if you leave it disconnected.", "Either way, if you leave your old dishwasher disconnected, we'll take it away for recycling at no cost.", "en", None),
    ("Reception is on 01632 960 447 (open 8 am–7 pm weekdays).", "Reception is on 01632 960 447, 8 am to 7 pm on weekdays.", "en", None),
    ("We refunded the extra £78 on 3 May.", "We refunded the extra £78 on 3 May. I'm sorry you had to move money around to cover your rent.", "en", None),
    ("We have dispatched a new one today with 5 FlexPens.", "We sent you a replacement today: 5 FlexPens.", "en", None),
    ("We have removed the overnight stay charge.", "We've taken the overnight stay off your bill.", "en", None),
    ("Your MRI has now been approved up to €650.", "We cover the scan up to €650.", "en", None),
    ("Мы предлагаем бесплатную повторную сдачу.", "Пересдача для вас бесплатная.", "ru", None),
    ("Ваше заявление на компенсацию одобрено: вам будет перечислено 3 780 руб. на счёт.", "Компенсация одобрена: 3 780 ₽ придут на счёт.", "ru", None),
    ("Мы записали вас на 7:45. Приезжайте за 15 минут до начала.", "Вы записаны на 7:45 (подойдите к 7:30).", "ru", None),
    ("Везут их при +2…+8 °C. После получения уберите в холодильник.", "Везут их при +2…+8 °C. Как только получите, уберите в холодильник.", "ru", None),
    ("Print the prepaid label; a refund of £64.00 will be issued to your card.", "Here's the quickest way to return it and get your money back: print the prepaid label, and we'll refund £64.00 to your card.", "en", None),
    ("If you return it, you'll receive a prepaid return label, so return shipping will not cost you anything.", "If you return it, you'll get a prepaid return label, so sending it back won't cost you anything.", "en", None),
    ("Please keep the item and your receipt.", "Please keep the lipstick you received, along with your receipt.", "en", None),
    ("You will need your ticket or a photo of it.", "You'll need your ticket (or a photo of it).", "en", None),
    ("Мы сформировали новый код получения: 6418 22.", "Мы выпустили новый код — 641822.", "ru", None),
    ("Dear Ms Martinez,\n\nYour permit was approved.", "Dear Ms Martínez,\n\nYour permit was approved.", "en", None),
    ("Collection is on Monday 22 July: items out by 7 am, and no earlier than 8 pm the night before.", "Collection is on Monday 22 July: items out by 7 am, but not before 8 pm on the Sunday evening.", "en", None),
    ("Your appointment has been moved to Tuesday 21 May.", "Your Fast Track appointment has been moved to Tuesday 21 May.", "en", "You cancelled my Fast Track passport appointment."),
]
CAUGHT_73_TO_78 = [
    ("Ваш заказ отменён.", "Ваш заказ отменён. Если хотите вернуть деньги, напишите нам.", "ru"),  # a choice of a remedy never offered
    ("10 000 ₽ вернутся на карту до 26 октября.", "10 000 ₽ вернутся на карту до 26 октября. Поэтому 10 000 ₽ мы зачислим вам уже сегодня.", "ru"),  # paid a second time
    ("We'll waive the remaining nights with no penalty.", "We'll waive the remaining nights with no penalty and refund the nights already spent.", "en"),
    ("Разницу в стоимости другого отеля мы тоже возместим.", "Разницу в стоимости другого отеля, а заодно и такси до него, мы тоже возместим.", "ru"),
    ("Из-за сбоя 9 ноября бронь не передали.", "Из-за сбоя 9 ноября, который длился около четырёх часов, бронь не передали.", "ru"),
    ("Для возмещения ущерба направьте претензию. Ответ придёт в течение 14 дней.", "Для возмещения ущерба направьте претензию. Ответ придёт в течение 14 дней, а ремонт холодильника мы оплатим в любом случае, независимо от решения страховой.", "ru"),
    ("We'll refund £64.00 to your card.", "We'll refund £64.00 to your card — and I'll get a size 10 out to you by express.", "en"),
] + [(base, f"{base} {invented}", lang) for base, lang in (("Your claim is open.", "en"), ("Заявка принята.", "ru")) for invented in {
    "en": ("We've also frozen interest on your balance until then.", "We can send a nurse to take the sample at your home."),
    "ru": ("Сумму покупки зачислим вам на карту сразу.", "Чтобы загладить это, категория будет действовать для вас и в августе.", "В антракте вас будет ждать угощение от театра.",
           "Медсестра может приехать и взять кровь у вас дома.", "Врач примет вас точно в назначенное время, без ожидания."),
}[lang]]


KEPT_79_ON = [
    # sets 260 and 261
    ("Evri answer within 48 hours. We are not waiting for that: a second set of 8 trophies is being engraved now and will go out by DPD on Thursday 10 December.", "A new set of all 8 trophies is on the engraving bench now and ships with DPD on Thu 10 Dec. Evri responds within 48 hours; we're not waiting on that answer to replace your order.", "en", None),
    ("He soldered the split on 2 December. The repair to the base is included in the original quote of £240.00.", "He soldered the split on 2 December. That repair is part of the original £240.00 quote - there's nothing extra to pay.", "en", None),
    ("Мы изготовим три новые стелы (1 250 ₽ каждая). Оплачивать повторно ничего не нужно.", "Мы сделаем три новые стелы. Доплачивать не нужно: каждая стела стоит 1 250 ₽, но повторно мы ничего не берём.", "ru", None),
    ("Все 12 плакеток будут готовы и доставлены в ваш офис на Невском пр., 88, в понедельник, 14 декабря, до 12:00.", "Плакетки будут у вас в понедельник, 14 декабря, не позже 12:00: все двенадцать привезём в офис на Невском проспекте, 88.", "ru", None),
    ("Для заказа нужна предоплата 30%, то есть 3 750 ₽, остаток — при получении.", "Всю сумму сразу платить не нужно: предоплата — 30 %, это 3 750 рублей, остальное — при получении.", "ru", None),
    # sets 258 and 259
    ("Следующая ярмарка пройдёт 24 мая там же, и до 5 мая вы можете первым выбрать место.", "Приглашаем вас на следующую ярмарку 24 мая там же — до 5 мая место можно выбрать раньше всех.", "ru", None),
    ("Вы можете оставить новую опору и оплатить 5 750 руб., либо мастер поставит старую обратно, и тогда к оплате будет 4 000 руб.", "Выбор за вами: оставить новую опору и оплатить 5 750 ₽ или вернуть старую — тогда к оплате 4 000 ₽.", "ru", None),
    ("Сегодня утром я активировал ваш сертификат с номером на 3391.", "Ваш сертификат (номер заканчивается на 3391) с сегодняшнего утра активен.", "ru", None),
    ("Если захотите оставить пластинку, можем вернуть часть суммы — 4 000 руб. Просто ответьте на это письмо.", "Есть вариант: оставить её себе и получить обратно 4 000 рублей. Напишите в ответ, что вам удобнее.", "ru", None),
    ("Он дороже на 400 ₽, но доплату мы с вас не возьмём. Если «Галактика» не подойдёт, мы вернём 5 600 ₽ в течение 10 рабочих дней.", "Предлагаем два варианта. Первый — батут «Галактика»: он стоит на 400 рублей дороже, но доплачивать эту разницу вам не придётся. Второй — возврат 5600 ₽ в течение десяти рабочих дней.", "ru", None),
    # sets 256 and 257
    ("Пицца и торт на 10 детей.", "Пицца и торт на десятерых детей.", "ru", None),
    ("С 1 декабря скидка по будням вырастет до 20 %, а в выходные по карте будет действовать скидка 5 %.", "С 1 декабря: в будни — 20 %, в выходные — 5 %.", "ru", None),
    ("Your band must be A to D. Please upload the bill by 5 December.", "Your bill must show band A to D. If you upload it by 5 December, we can go ahead.", "en", None),
    ("The scaffold will stay up at no extra cost; the hire is £85 per week, which we are absorbing.", "The scaffold stays with no extra charge; we're covering the £85 weekly hire ourselves.", "en", None),
    ("Стоимость оклада 7 450 руб. мы берём на себя.", "За оклад (7 450 руб.) платить не нужно, это за наш счёт.", "ru", None),
    ("Утепление обойдётся в 118 000–126 000 ₽.", "Утепление стоит от 118 до 126 тысяч рублей.", "ru", None),
    # sets 254 and 255
    ("I have moved booking QX4T9 to Friday 9 May at 19:00.", "I've moved booking QX4T9 to 7pm on Friday 9 May.", "en", None),
    ("It can be used for karting, Monday to Sunday, but not on bank holidays.", "You can use it for karting on any day of the week except bank holidays.", "en", None),
    ("Next time you book, quote code FASTLAP5 and the helmet upgrade is included at no extra cost.", "For your next visit, the code FASTLAP5 gets you the helmet upgrade at no extra cost.", "en", None),
    ("As a one-off, we have extended it until 31 July 2025 for the full £60.00.", "We have made a one-off extension: it is now valid, for its full value of GBP 60, until 31/07/2025.", "en", None),
    ("Сертификат можно использовать в будни, а в выходные — с доплатой 300 руб.", "Сертификат действует в будние дни — без доплаты, в выходные — с доплатой 300 рублей.", "ru", None),
    ("Итого вы оплатили 4 100 руб. Мы можем вернуть доплату, если на фото вы не увидите сильного износа.", "Вы оплатили 4 100 ₽. Если на снимках вы не увидите сильного износа, мы вернём доплату.", "ru", None),
    ("Keep the fridge below 5°C and the oven at 180 °C.", "Please keep the fridge under 5 degrees and the oven at 180°C.", "en", None),
    ("Держите холодильник при температуре до +5 °C.", "Храните продукты в холодильнике не теплее 5 градусов.", "ru", None),
    ("При температуре ниже −15 °C монтажная пена не держится.", "При температуре ниже минус 15 °C монтажная пена не держится.", "ru", None),
    ("Денежный возврат при погодной отмене не предусмотрен.", "Вернуть деньги при погодной отмене договор не позволяет.", "ru", None),
    # sets 252 and 253
    ("Your deposit, 25% or $3,100, counts in full toward that total.", "The $3,100 you already paid as your 25% deposit goes toward the new total.", "en", None),
    ("Водитель привезёт недостающие стулья завтра, 8 сентября, с 9:00 до 10:30.", "Завтра, 8.09, между 9 и 10:30 водитель привезёт стулья, которых не хватило.", "ru", None),
    ("Вдвоём его можно собрать примерно за 15 минут.", "Вдвоём на сборку уходит около четверти часа.", "ru", None),
    ("Because you were in hospital, our returns manager, Claire Dunn, has approved an exception for you.", "Claire Dunn, who manages our returns, has agreed to an exception because you were in hospital.", "en", None),
    ("From 1 August we also have a second standby vehicle for every Friday job.", "From 1 August, a second standby vehicle will also cover all our Friday jobs.", "en", None),
    ("По договору предоплата не возвращается, но её можно перенести на любую дату в течение года.", "Вернуть её деньгами договор не позволяет, но её можно перенести на любую дату в течение года.", "ru", None),
    # sets 250 and 251
    ("Booking K7QX2P was entered as 'gloss black' instead of 'matte black' when the order was taken on 28 August, and that's our error. We can redo the roof and both mirrors in Hexis matte black on Saturday 7 September at no cost to you.", "You asked for matte black and we wrapped your roof and mirrors in gloss, which is on us: when booking K7QX2P was taken on 28 August, it was entered as 'gloss black' by mistake. We can redo the roof and both mirrors in Hexis matte black on Saturday 7 September, and you won't pay anything for it.", "en", None),
    ("Three quarters of the NZ$288 annual fee, NZ$216, is refundable, minus the NZ$25 cancellation fee. Your refund of NZ$191.00 was issued on 18 November.", "We issued your refund on 18 November.\n• Annual fee: $288 NZD\n• Refundable share (three quarters): $216 NZD\n• Less cancellation fee: $25 NZD\n• Refund: $191 NZD", "en", None),
    ("Our engineer reached Redland Dental Practice at 9:05 am instead of 7:15 am.", "Our engineer didn't reach you until 9:05 am instead of 7:15 am.", "en", "He turned up at 9:05.\n\nGraham Tate\nPractice Manager, Redland Dental Practice"),
    ("Работы осталось на 1,5 дня, машина будет готова в пятницу, 11 октября.", "Работы осталось на полтора дня — машина будет готова в пятницу, 11 октября.", "ru", None),
    ("Ремонт участка ориентировочно обойдётся в 28 000–35 000 ₽.", "Ремонт участка, по нашей оценке, обойдётся в 28–35 тыс. рублей.", "ru", None),
    # sets 248 and 249
    ("Once it's in, our installer Ray Kowalski will swap all 140 feet in a single visit of about 4 hours, at no cost to you.", "Once it arrives, our installer Ray Kowalski will replace all 140 feet in one visit of about four hours, at no cost to you.", "en", None),
    ("Our walk log shows that Ben had 4 of the 6 extra 30-minute walks you paid for between 2 and 5 April, at £7.50 each.", "Between 2 and 5 April, Ben had four of the six extra half-hour walks you'd booked at £7.50 each.", "en", None),
    ("Ответственная за отчёты Кристина Лапицкая с 3 по 6 июня была в отпуске, и её никто не заменил.", "С 3 по 6 июня Кристина Лапицкая, ответственная за отчёты, была в отпуске, а замену ей не назначили.", "ru", None),
    ("Сборщик Виктор заболел 20 мая, а замену мы не нашли.", "Сборщик Виктор заболел 20 мая, и заменить его было некем.", "ru", None),
    # sets 246 and 247
    ("Our manager, Felicity Dunn, will measure both curtains at your home on 15 December at 11:30.", "Our manager Felicity Dunn will come and measure both curtains at your home on 15 December at 11:30 am.", "en", None),
    ("2 zips broke in the wash and had to be replaced. The zip replacement is free and the order total stays at £168.", "Two of the zips broke during the wash, so we fitted new ones. The zips cost you nothing extra, and the total is still £168.", "en", None),
    ("Мастер Николай Дронов опоздал на 1 час 15 минут из-за пробки.", "Мастер Николай Дронов приехал на час с четвертью позже, потому что застрял в пробке.", "ru", None),
    ("На схеме зала эти места отмечены как места с ограниченным обзором, и цена на них снижена на 30%.", "На схеме зала они отмечены как места с ограниченным обзором, отсюда и скидка 30%.", "ru", None),
    ("Если 7 февраля вам не подходит, оформите возврат на сайте spbticket.ru/vozvrat до 1 декабря; деньги вернутся в течение 10 дней.", "Если 7 февраля прийти не получится, вернуть деньги можно через spbticket.ru/vozvrat — заявку нужно подать до 1 декабря, а деньги поступят в течение десяти дней.", "ru", None),
    # sets 244 and 245
    ("Аренда составила 60 дней, а не 45: продление на 15 дней оформлено по заявке прораба.", "Леса стояли 60 дней: аренду продлили на 15 дней по заявке прораба.", "ru", "По договору аренда 45 дней, а в счёте — 60 дней."),
    ("Курьер СДЭК заберёт платье 18 июля с 10:00 до 14:00, доставку мы оплачиваем сами.", "18 июля с 10 до 14 часов курьер СДЭК заберёт платье у вас — доставку оплачиваем мы.", "ru", None),
    # sets 242 and 243
    ("We have booked a refurbishment of the front right rim for Thursday 22 August at 08:00, and we will pay the full R1 350.", "RimFix will refurbish the front right rim on Thursday, 22 August, starting at 08:00, and we'll pay the whole R 1 350.", "en", None),
    ("Our counter staff should have explained this before you paid, and they did not.", "Nobody at the counter explained that before you paid, and that's on us.", "en", None),
    ("Записаться можно на любой будний день с 9:00 до 19:00 по телефону +7 (383) 310-55-44.", "Записаться можно по будням с 9:00 до 19:00 по номеру +7 383 310-55-44.", "ru", None),
    ("Мы работаем ежедневно с 8:00 до 20:00, запись не нужна.", "Приезжайте в любой день с 8:00 до 20:00 без записи.", "ru", None),
    ("The picking team loaded 20 boxes of A3 (5 reams each) instead of the A4 80gsm you ordered. Our driver will collect the A3 boxes and deliver 20 boxes of A4 80gsm on the same visit on Friday 18 July between 10:00 and 14:00. There is no extra charge for the exchange.", "The exchange is booked for Fri 18/07, 10:00–14:00: the driver will bring 20 boxes of A4 80gsm and take the 20 boxes of A3 (5 reams each) away on the same visit. It won't cost you anything extra.", "en", None),
    ("Новый аппарат уже едет к нам на склад, и монтажник установит его во вторник, 3 июня.", "Монтажник установит аппарат во вторник, 03.06; замена уже едет к нам на склад.", "ru", None),
    # sets 240 and 241
    ("Screen lifting after a replacement is covered by our 6-month warranty, so this repair will be done free of charge.", "Lifting after a replacement is covered by our six-month warranty, so we'll re-seal it free of charge.", "en", None),
    ("If you go ahead with the repair before 28 May, the £35 will be deducted from the total, so you would pay £214.", "If you decide to go ahead by 28 May, we take the £35 off the total, so you'd pay £214.", "en", None),
    ("The booth ran from 19:00 but the printer jammed at 20:35, and our technician had it working again at 21:30.", "The booth started at 7 pm, but its printer jammed at 8.35 and our technician only had it running again at 9.30.", "en", None),
    ("Helen Marsh is on 0800 046 1234 (8am-8pm, 7 days).", "Helen Marsh is on 0800 046 1234 from 8 am to 8 pm, seven days a week.", "en", None),
    # sets 238 and 239
    ("An early termination fee of €240 applies. You can pay the fee in 3 instalments of €80 if you call 01 555 0199.", "The fee is €240. If it's easier, you can split it into three instalments of €80 by calling 01 555 0199.", "en", None),
    ("Our monitoring supervisor, Grace O'Neill, will call you on Monday 17 February between 10 and 11am.", "Grace O'Neill, our monitoring supervisor, will ring you on Mon 17 Feb, 10–11 am.", "en", None),
    ("Если деньги не поступят до 29 января, позвоните в бухгалтерию, пн–пт с 9:00 до 18:00 (екб).", "Если до 29.01 деньги не придут, позвоните в бухгалтерию с понедельника по пятницу с 9:00 до 18:00 по екатеринбургскому времени.", "ru", None),
    ("К сожалению, акция «Бесплатный переезд» закончилась 31 декабря 2024 года. Перенос системы теперь стоит 4 200 ₽.", "Бесплатная акция закончилась 31.12.2024, так что перенос системы стоит 4 200 ₽.", "ru", None),
    ("The Ford Focus was not returned by the previous renter until 09:35, which is why you waited.", "The previous renter only brought the Ford Focus back at 09:35. That wait is on us, and I'm sorry you spent two hours at our desk.", "en", "I stood at your desk for two hours before anyone gave me a car."),
    ("Order VH88-310 (Mercedes Sprinter, 12-15 April) was on the Local rate.", "Sprinter hired 12 April to 15 April on the Local rate (order VH88-310).", "en", None),
    ("Офис в аэропорту Храброво работает с 6:00 до 24:00.", "Офис в аэропорту Храброво открыт с 6 утра до полуночи.", "ru", None),
    ("Мы предлагаем белый BMW 5 серии 2022 года с водителем Виктором на тех же условиях: 24 августа, с 12:00 до 18:00.", "Замена — белый BMW 5 серии (2022) с водителем Виктором: 24 августа, 12:00–18:00.", "ru", None),
    # sets 236 and 237
    ("The extra £420 is for 2 sill sections. You should have been asked first, so we have removed the £420 from the invoice.", "The extra £420 was for 2 sill sections. You weren't asked first, so that charge has been removed.", "en", None),
    ("The skip will be collected on 7 May. None of this will be charged to your booking.", "The skip goes on 7 May. No charge for any of it.", "en", None),
    ("Our fitter Ross will come on Tuesday at 8am to reset both restrictors and check the other 6 restrictors in the house.", "Ross will reset both restrictors on Tuesday at 8am and check the other 6 while he's there.", "en", None),
    ("Мастер Олег позвонит за день до визита.", "Мастер Олег позвонит вам накануне визита.", "ru", None),
    ("Окно установлено в 2021 году, гарантия на стеклопакеты — 5 лет, поэтому замена бесплатная.", "Окно стоит с 2021 года, гарантия на стеклопакеты 5 лет — меняем бесплатно.", "ru", None),
    ("Вы можете отказаться от договора до 9 июня и получить предоплату полностью.", "До 9 июня договор можно расторгнуть с полным возвратом предоплаты.", "ru", None),
    ("Мастер приедет 27 января к 10:00, работы займут 6–7 часов.", "Мастер будет у вас 27 января к 10:00, работы — 6–7 ч.", "ru", None),
    ("Замер, как и раньше, бесплатный.", "Стоимость замера: 0 ₽, как и было.", "ru", None),
    ("Вопросы — по телефону 8 (800) 302-66-70 (звонок бесплатный).", "Связь: 8-800-302-66-70 (бесплатно).", "ru", None),
    ("We renewed it today for 2 years, at a cost of £23.98, which we will absorb.", "I renewed it today for two years, and the £23.98 renewal fee is on us.", "en", None),
    ("Hello Mr. Reyes,\n\nLuis will replace the access point on Tuesday.", "Daniel, Luis will replace the access point on Tuesday.", "en", "Nobody came. Booking KX4-2291. — Daniel Reyes, Reyes Physio"),
    ("It will appear on your statement as KSTN REFUND 0381.", "(reference on your statement: KSTN REFUND 0381)", "en", None),
    ("Next time we will run large copies over the weekend, starting on Saturday at 6pm.", "Next time: large copies run at the weekend, from 18:00 on Saturday.", "en", None),
    ("The request for Jonas Weber's accounts was stuck. His mailbox is jonas.weber@marshpartners.com.", "Jonas's accounts were stuck. Mailbox: jonas.weber@marshpartners.com.", "en", None),
    ("Годовое продление стоит 52 350 ₽.", "Продление на год стоит 52 350 руб.", "ru", None),
    ("Мы восстановили папку из копии от 11 ноября — это 1 284 файла из 1 310.", "Из копии 11 ноября вернули 1284 файла из 1310.", "ru", None),
    ("Новый диск установлен по гарантии, бесплатно.", "Диск заменили по гарантии, бесплатно.", "ru", None),
    # sets 234 and 235
    ("If neither slot works, we'll refund the €120 deposit in full within 7 days.", "If neither time suits, we'll refund the full €120 deposit within seven days.", "en", None),
    ("Our driver, Dwayne, will bring the fescue on Friday 7 June and take the bluegrass back on the same trip.", "Dwayne will bring the fescue on Friday 7 June and collect the bluegrass while he's there.", "en", None),
    ("However, we will repair the irrigation line at no charge. Luis Ortega will be with you on 22 April between 1pm and 3pm.", "The repair of your irrigation line is on us. On 22 April, from 1 to 3 pm, Luis Ortega will come out and fix the pipe — no charge.", "en", None),
    ("Пропущенный покос мы проведём в понедельник, 1 июля, с 8:00 до 11:00 — оплата за него не спишется.", "Пропущенный покос сделаем в понедельник, 1 июля, с 8 до 11 утра, и плату за него не спишем.", "ru", None),
    ("Ваше обращение зарегистрировано. Фотокнига по заказу FK-20418 будет готова 30 апреля.", "Книга по заказу FK-20418 будет готова 30 апреля.", "ru", None),
    ("The plan comes with a 10-year insurance-backed guarantee, and it transfers to the new owner.", "With the plan we'll give you a 10-year insurance-backed guarantee, and it transfers to the new owner.", "en", None),
    # sets 232 and 233
    ("Your washer is confirmed for delivery on Friday 14 February, with a 2-hour time slot sent by text the evening before.", "Your washer arrives on Friday 14 February. The evening before, we'll text you a two-hour delivery slot.", "en", None),
    ("Новую плату (артикул 12019846) нам отправили через СДЭК, ожидаем её 28 ноября.", "Замену (артикул 12019846) нам уже отправили через СДЭК. Ждём её 28.11.", "ru", None),
    ("Если не хотите ждать, можно заменить модель на WM 4927 (есть в наличии) или отменить заказ с полным возвратом 32 990 ₽ в течение 3–5 рабочих дней.", "Быстрее можно так: модель WM 4927 есть в наличии. Или отмена с полным возвратом 32 990 руб. в течение трёх–пяти рабочих дней.", "ru", None),
    ("Стиральную машину Weissgauff WM 4947 привезут в пятницу, 14 февраля.", "WM 4947 приедет в пятницу, 14 февраля.", "ru", None),
    ("Questions? Call us on 01 555 2840, Mon–Fri 9–17.", "Questions? Call us on 01 555 2840, Monday to Friday, 9am to 5pm.", "en", None),
    ("Track it at carrowfurniture.ie/orders or call 01 555 2840.", "Progress: carrowfurniture.ie/orders · Phone: 01 555 2840.", "en", None),
    ("Мастер приедет 27 мая, замена займёт около 40 минут.", "Мастер приедет 27 мая; на замену ему нужно около 40 мин.", "ru", None),
    ("Ущерб до 30 000 ₽ обычно возмещается в течение 20 рабочих дней после осмотра.", "Ущерб до 30 000 рублей обычно возмещают в течение двадцати рабочих дней после осмотра.", "ru", None),
    ("Сборка кухни перенесена с 19 на 21 августа.", "Сборка кухни переносится на 21.08.", "ru", None),
    ("We'll fit a 6hp outboard to your boat on 3 May.", "On 3 May we'll fit a 6 hp outboard to your boat.", "en", None),
    ("Ремонт стоит 8 900 ₽. Гарантия на работу — 6 месяцев.", "Ремонт стоит 8 900 ₽, на работу даём гарантию 6 месяцев.", "ru", None),
    # sets 230 and 231
    ("We'll hold the phone for 14 days from today, 10 April; after that it's returned unrepaired.", "We'll keep the phone for fourteen days from today (10/04); after that it comes back to you unrepaired.", "en", None),
    ("Call the store on (02) 9635 1120, open 9:00–17:30 weekdays and 10:00–16:00 Saturdays.", "Call the store on 02 9635 1120 — weekdays 9 am–5:30 pm, Saturdays 10 am–4 pm.", "en", None),
    ("We can book you in on 3 October at 10h00 or 15h30 at our Lyon shop.", "We have two slots on 3 October at our Lyon shop: 10:00 or 3:30 pm.", "en", None),
    ("You returned the Samsung A14 loan phone (LP-07) on 2 February, 4 days late.", "The Samsung A14 loaner (LP-07) came back on 2 Feb, 4 days late.", "en", None),
    ("Оплата — только если восстановим не меньше 90% данных.", "Платить нужно, только если мы вернём как минимум 90 % данных.", "ru", None),
    ("Оплата прошла дважды; лишние 2 900 ₽ вернём сегодня.", "Лишние 2 900 ₽ вернём сегодня. Простите, что так вышло с оплатой за замену аккумулятора.", "ru", None),
    # sets 226 and 227 (worked a session after their first look), 228 and 229
    ("What happened on Saturday is a complete disaster. We have refunded the £680 coach hire to your card today.", "Today we refunded the £680 coach hire to your card.", "en", "The coach that was supposed to take our guests to the venue at 2pm on Saturday never came."),
    ("The partial retest is free as long as the car comes back within 10 working days.", "Partial retest: free if the car returns within 10 working days.", "en", None),
    ("Ближайшая свободная запись — среда, 12 марта, на 8:00 или 13:00.", "Ближайшая свободная запись — в среду, 12.03, на 8 утра или на час дня.", "ru", None),
    ("На аккумулятор, проданный 10 января, действует гарантия 2 года.", "На аккумулятор, купленный у нас 10.01, действует двухлетняя гарантия.", "ru", None),
    ("Диагностическая карта № 0845 2031 0099 4412 оформлена 3 марта.", "Карта № 0845203100994412 оформлена 3 марта.", "ru", None),
    ("Ждём вас в пятницу.\n\nС уважением,\nДилерский центр «Хавал Юг»", "Ждём вас в пятницу.\n\n«Хавал Юг»", "ru", None),
    ("The difference is made up of two items you approved by phone on 21 May.", "The amount above the quote comes from two extras agreed with you by phone on 21 May.", "en", None),
    ("We refunded the duplicate $150 on Feb 22. Banks usually take 5-10 business days to show it, so it should appear by March 7 at the latest.", "We refunded the second $150 charge on 22 February. Banks usually need 5 to 10 business days to show it, so it should be back on your card by 7 March at the latest.", "en", None),
    ("Our manager Chris will call you on 07700 900215 tomorrow between 10 and 12 to arrange it.", "Our manager, Chris, will call you on 07700 900 215 tomorrow between 10 am and 12 pm to rebook.", "en", None),
    ("We will keep €320 and return the remaining €1,180 to your card ending 4417. The transfer will be made by 30 May.", "We'll keep €320; the other €1,180 goes back to your card ending 4417 by 30 May.", "en", None),
    ("Under our breakdown policy we refund one day's hire for every full day lost, which for your 7-night trip is £185.", "Our policy refunds one day's hire for each full day lost: on your 7-night trip that's £185.", "en", None),
    ("Cash refunds are not available for weather cancellations.", "We can't offer a cash refund when a trip is cancelled because of the weather.", "en", None),
    ("If you paid the marina directly, please send the receipt by 16 April and we will return the full £1,000 instead.", "If you paid the marina directly, send your receipt by 16 April and we'll refund the full £1,000 instead.", "en", None),
    ("Неподходящую штангу верните в течение 14 дней, курьер заберёт её бесплатно.", "Штангу нужно вернуть в течение 14 дней — курьер заберёт её бесплатно.", "ru", None),
    ("Мы вернём 5 400 ₽ за половину дня аренды на вашу карту.", "Всю стоимость полудня аренды — 5400 руб. — вернём на вашу карту.", "ru", None),
    ("За водное такси (3 000 ₽) пришлите фото чека, и в течение 3 рабочих дней после получения чека мы переведём деньги.", "Чтобы получить 3 000 ₽ за водное такси, пришлите фото чека, и в течение трёх рабочих дней после получения чека мы переведём вам эти деньги.", "ru", None),
    # sets 224 and 225
    ("Звоните в бухгалтерию по будням с 8:00 до 17:00 (время новосибирское).", "Звоните в бухгалтерию в будни с 8 до 17 часов по Новосибирску.", "ru", None),
    ("Возможны индивидуальные занятия онлайн по 1 200 ₽ за 60 минут.", "Есть индивидуальные онлайн-занятия: 1200 рублей за час.", "ru", None),
    ("Our typesetter entered the digits in the wrong order at the final step, so the mistake is ours. We will reprint the 500 cards at no charge and send them by FedEx 2Day.", "- Cause: our typesetter swapped two digits afterwards. That's on us.\n- Fix: 500 new cards at no cost to you, sent by FedEx 2Day.", "en", None),
    ("Повторное списание 5 490 ₽ произошло из-за сбоя. Мы вернули эту сумму 5 октября.", "Деньги за второе списание мы уже вернули. Оно прошло из-за сбоя, и 5 октября мы отправили вам возврат 5490 рублей.", "ru", None),
    ("Доплата за новый размер — 6 900 ₽ — с вас не берётся.", "Доплату 6 900 ₽ не берём.", "ru", None),
    ("Новый баннер 3×2 м с люверсами через каждые 50 см напечатаем 22 апреля.", "Новый баннер 3×2 м с люверсами через каждые полметра напечатаем 22 апреля.", "ru", None),
    ("Телефон: +7 (383) 211-09-09, ежедневно с 9 до 21 (время новосибирское).", "Звоните: +7 383 211-09-09, каждый день с 9:00 до 21:00 по новосибирскому времени.", "ru", None),
    ("Мы перепечатаем 1 000 ручек. Ручки с синим логотипом можно не возвращать.", "Делаем заново 1000 ручек. Ручки с синим логотипом оставьте себе, возвращать их не нужно.", "ru", None),
    ("Листовки лежат в нашем пункте на Профсоюзной улице, 56, корпус 2.", "Забрать листовки можно на Профсоюзной, 56к2.", "ru", None),
    ("If anything on the checklist was missed, reply by Friday, May 16, and we will return at no cost.", "- Missed anything? Reply by Fri 5/16 and we'll return free of charge.", "en", None),
    ("Mateo will return your keys to the key safe today by 3 pm.", "Mateo will put them back in the key safe today by 3 pm.", "en", None),
    ("The earliest available date is Sunday, 16 November 2025.", "The first date we have free is Sunday, 16.11.2025.", "en", None),
    ("Мы вернём разницу — 1 650 ₽ (1,5 часа по 1 100 ₽).", "Разницу за полтора часа — 1650 ₽, по 1100 ₽ за час — мы вернём.", "ru", None),
    # sets 222 and 223
    ("Ресепшен работает с 6:30 до 22:30, в выходные — с 8:00 до 21:00.", "Ресепшен открыт в будни с 6:30 до 22:30, в выходные — с 8 до 21.", "ru", None),
    ("Sessions run from 6am to 9pm.", "Sessions are available between 6 in the morning and 9 at night.", "en", None),
    ("The pool is closed for retiling from Monday 3 March to Sunday 16 March.", "The pool is closed for retiling 3–16 March (Monday to Sunday).", "en", None),
    ("Off-peak access is 10am-4pm and after 8pm on weekdays, all day at weekends.", "Off-peak access: weekdays from 10am to 4pm and after 8pm, plus all day on Saturdays and Sundays.", "en", None),
    ("Вы оплатили 18 000 руб. за 12 месяцев, использовано 3, значит к возврату 12 150 руб. Подписать заявление можно в клубе на Тверской, 12.", "Расчёт:\n• оплачено: 18 000 руб. за 12 мес.;\n• использовано: 3 месяца;\n• к возврату: 12 150 руб.\n\nПодпишите заявление в клубе на Тверской, 12.", "ru", None),
    ("As a one-off, we can extend it for 3 months, until 31 March 2025, for an admin fee of £10.", "We can extend it once, for 3 months, to March 31, 2025. The admin fee is £10.", "en", None),
    ("Ваш менеджер — Артём Белоусов, почта a.belousov@avtoprofi.ru.", "По всем вопросам рассрочки пишите вашему менеджеру, Артёму Белоусову: a.belousov@avtoprofi.ru.", "ru", "Мне начислили пеню за просрочку платежа по рассрочке!"),
    ("Стоимость заморозки по справке — 0 руб., без справки — 500 руб. за каждые 10 дней.", "По справке это бесплатно, без неё — 500 руб. за каждые 10 дней.", "ru", None),
    # sets 220 and 221
    ("If it hasn't arrived, call 020 7946 0321 (Mon–Fri 9:30–17:30).", "If it hasn't arrived, ring 020 7946 0321, Monday to Friday, half past nine to half past five.", "en", None),
    ("The right shampoo went out today via CDEK, tracking number 1093-4471-882.", "The right shampoo went out today via CDEK. Tracking number — 1093 4471 882.", "en", None),
    ("Правильный шампунь отправили сегодня, трек-номер 1093-4471-882.", "Нужный шампунь мы отправили сегодня. Трек-номер — 1093 4471 882.", "ru", None),
    ("Ваша запись на 11:00 15 февраля началась только в 13:10.", "Стрижка была назначена на 11 часов 15 февраля, а началась только в 13:10.", "ru", None),
    ("В виде исключения мы продлим его до 1 мая 2025 года.", "В порядке исключения продлеваем его до первого мая 2025 года.", "ru", None),
    ("Our vouchers are valid for 12 months, so GV-5530-KT expired on 12 January 2025.", "Your voucher GV-5530-KT, like all our vouchers, was valid for twelve months, so it expired on 12/01/2025.", "en", None),
    ("Мы не удержим штраф за отмену (обычно 30 % — 4 500 ₽) и вернём всю предоплату 5 000 ₽.", "Штраф за отмену (обычно это 30 %, то есть 4500 ₽) мы удерживать не будем и вернём всю предоплату, 5000 ₽.", "ru", None),
    ("The team of 3 will arrive between 7:30 and 8:30am.", "A team of three will arrive between half seven and half eight in the morning.", "en", None),
    ("Доставка до квартиры — 18 октября с 14 до 18 часов.", "18.10, 14–18 ч — доставка до квартиры.", "ru", None),
    ("Свободные даты в июле: 6, 13 и 14.", "Свободные даты: 6, 13, 14 июля.", "ru", None),
    ("Курьер позвонит с номера +7 916 700-80-90. Оплата 2 460 ₽ получена.", "Курьер позвонит с +79167008090. 2 460 ₽ оплачены.", "ru", None),
    ("Один из трёх грузовиков (20-тонник) выбыл из-за ДТП.", "Из-за ДТП выбыл один из трёх грузовиков (20 т).", "ru", None),
    ("Options: 1) keep STU-2817 on 29 June; or 2) cancel and get your £69 back in full.", "Your choice for STU-2817:\nA) Stay on 29/06.\nB) Cancel: full £69 refund.", "en", None),
    # sets 218 and 219
    ("We will issue a corrected invoice for $1,850.00 by Wednesday, October 2.", "A corrected one for $1,850.00 will reach you by Wed, Oct 2.", "en", None),
    ("For order LH-30-0412 there are 3 options:\n(1) the Meadow box at €65;\n(2) Lavender Haze on Tuesday 1 April;\n(3) a refund of €72.\nIf we don't hear from you, we'll send option 1.", "Here's what we can do with order LH-30-0412:\n\n1. Send the Meadow box (€65).\n2. Deliver Lavender Haze on Tuesday, 1 April.\n3. Refund the €72.\n\nIf we haven't heard from you, we'll go ahead with the Meadow box.", "en", None),
    ("В счёте учтены 5 доставок по понедельникам по 9 300 руб.", "В счёт вошли пять понедельничных доставок по 9300 рублей.", "ru", None),
    ("Заменим букет из 51 розы 28 ноября. Совет: подрезайте стебли на 2 см раз в 2 дня.", "Привезём новый букет из пятидесяти одной розы 28.11. Подрезайте стебли на 2 см каждые 2 дня.", "ru", None),
    ("Вы можете отказаться от договора без штрафа в течение 14 дней с даты подписания, то есть до 24 октября.", "14 дней без штрафа отсчитываются от подписания, последний день — 24.10.", "ru", None),
    ("Приложение показывает 0 кВт, потому что модуль потерял связь.", "Ноль в приложении из-за того, что модуль потерял связь.", "ru", None),
    # sets 216 and 217
    ("Из 4 500 ₽ по заказу № 58314 2 000 ₽ — ночной выезд, 2 500 ₽ — вскрытие замка.", "Из 4 500 руб. по заказу № 58314 две тысячи рублей — это ночной выезд, а 2 500 ₽ — вскрытие замка.", "ru", None),
    ("The duplicate charge of $189.00 was refunded on March 3. Visa usually takes 5 to 10 business days to show it on your statement.", "The duplicate $189.00 charge was refunded on 3 March. Visa normally takes 5–10 business days to show a refund on your statement.", "en", None),
    # sets 214 and 215
    ("Hi Lukas,\n\nThe duplicate payment was refunded on 6 May; the refund reference is RF-88120.", "Hi Lukas, the second charge is already refunded.\n- Refund of the duplicate: sent May 6th, reference RF-88120", "en", None),
    ("If it turns out to be water damage, the assessment fee is £60, and we'll call you on 07700 900481 for approval before doing any work.", "• Water damage: £60 assessment fee — we'll phone you on +44 7700 900481 for your go-ahead first", "en", None),
    ("Мы также можем перезвонить вам на номер +7 903 555-12-34.", "Если удобнее, мы перезвоним вам на +79035551234.", "ru", None),
    ("We offer a free safety check at our Elm Road store, Monday-Saturday 9:00-5:30.", "Bring it to our Elm Road store for a free safety check, any day Monday to Saturday from 9 to 5:30.", "en", None),
    ("Our supplier expects the chain on 28 October and we will send it the same day at no extra postage.", "Our supplier expects the chain on the 28th of October, and we'll post it to you that same day without charging any more postage.", "en", None),
    ("Велосипед можно вернуть в течение 14 дней с момента покупки, то есть до 16 марта включительно.", "Вернуть велосипед можно до 16 марта включительно.", "ru", None),
    ("We can refund the frame ($154.00). Alternatively we can re-check the lens centration free of charge.", "The first thing we can do is re-check the lens centration free of charge. If you'd rather return them, we can refund the frame ($154.00).", "en", None),
    ("Shipping to us is at your cost; we pay the return shipping.", "Postage to us is on you; we cover the return shipping.", "en", None),
    ("We have charged CA$389.00 for the first pair today; the sunglasses (CA$245.00) will only be charged when they ship.", "We've charged $389.00 CAD for the first pair today; the sunglasses ($245.00 CAD) won't be charged until they ship.", "en", None),
    ("До 31 марта вы можете обменять флаконы на раствор другой марки в любом нашем салоне или вернуть деньги.", "До 31.03 флаконы можно обменять на раствор другой марки в любом нашем салоне или вернуть за них деньги.", "ru", None),
    ("Возьмите паспорт и полис ОМС — по полису приём бесплатный.", "При себе — паспорт и полис ОМС, по нему приём бесплатный.", "ru", None),
    ("Если через 10 дней блики не пройдут, приходите на бесплатную перепроверку центровки в салон на Петровке, 19.", "Не прошло за 10 дней — ждём вас на Петровке, 19: бесплатная проверка центровки.", "ru", None),
    ("Children under 16 get an NHS optical voucher worth £44.", "The NHS voucher is worth £44 (every under-16 gets one).", "en", None),
    ("For sudden eye pain, call NHS 111 or go to A&E. If you have questions, call Rachel on 01632 960 418.", "Sudden eye pain: call NHS 111 or go to A&E. Any questions, ring Rachel on 01632 960 418.", "en", None),
    ("В ТЦ «Пассаж» вы выбрали оправу по акции −30 %, поэтому сертификат не приняли.", "На акционные товары сертификат не действует, поэтому на оправу со скидкой 30 % в «Пассаже» его и не приняли.", "ru", None),
    # sets 212 and 213
    ("However, as a one-off, our manager, Dev Sharma, has agreed to extend it until 30 April.", "Our manager, Dev Sharma, has agreed to a one-off extension: you can now use it until 30 April.", "en", None),
    ("As per your contract, the missed vans will not be invoiced for 6 June.", "Under your contract they won't be charged for 6 June.", "en", None),
    ("The passenger headlight carries a 12-month warranty, and Sam can redo it on Wednesday 12 February. There's no charge under the warranty.", "The passenger headlight is covered (12-month warranty), so Sam can redo it free of charge on Wed 12/02.", "en", None),
    ("Свободное время: вторник, 15 апреля, с 10 до 13 или четверг, 17 апреля, с 15 до 18.", "Свободные интервалы: во вторник, 15.04, с 10:00 до 13:00; в четверг, 17.04, с 15:00 до 18:00.", "ru", None),
    ("Both lessons have been returned to your package, so you now have 14 of 20 lessons left.", "We've put both lessons back into your package, so you have 14 of your 20 lessons left.", "en", None),
    ("The £35 charge for order TU-88120 was reversed today, 12 November.", "The £35 (order TU-88120) was refunded today, 12 Nov.", "en", None),
    ("You are correct: the 10% corporate discount was not applied.", "You're right: the 10% corporate discount was missing from the invoice.", "en", None),
    ("Вы правы: в счёте не учли скидку 10% по договору № К-77/24. Счёт № 318 аннулирован.", "Вы правы: в счёте № 318 не была учтена скидка 10% по договору № К-77/24. Этот счёт мы аннулировали.", "ru", None),
    ("Your subscription stays active until March 31, and the next payment of $59 will be taken on April 1.", "You stay active until 31/3; the next charge of $59 is on 1/4.", "en", None),
    ("Вместо возврата можно перейти в онлайн-группу A2 (понедельник и четверг, 19:30–21:00) без доплаты.", "Если захотите продолжить обучение, можно без доплаты перейти в онлайн-группу A2: понедельник и четверг, с 19:30 до 21:00.", "ru", None),
    ("Open from 9h30 until 18h.", "We're open from 9:30 am until 6 pm.", "en", None),
    # sets 211 and 212
    ("To book, call 01 42 68 53 00 (Mon–Fri, 10h–19h).", "You can book by phone on +33 1 42 68 53 00, Monday to Friday from 10 am to 7 pm.", "en", None),
    ("If the edge is chipped, we'll replace the full 2.4 m length instead. None of this will cost you anything.", "If the edge turns out to be chipped, we'll replace the whole 2.4-metre length instead. You won't pay for any of this.", "en", None),
    ("We have booked ShineCo Cleaning to clean your kitchen on Monday 19 May at 09:00, at our cost.", "ShineCo Cleaning will clean your kitchen on Monday 19 May at 09:00, at our cost. Please take any valuables off the worktops first.", "en", None),
    ("We have processed a refund of £255.00 (your £300 deposit minus the £45 admin fee) to the Visa card ending 4417.", "• Refund: GBP 255.00 to the Visa card ending 4417 (the £300 deposit minus the £45 admin fee that applies to all cancellations)", "en", None),
    ("Абонемент можно продлить на 14 дней за 1 000 ₽ — тогда он будет действовать до 19 апреля.", "Есть вариант: 1) продлить абонемент на 14 дней за 1000 рублей — тогда он будет действовать до 19 апреля.", "ru", None),
    # sets 209 and 210
    ("Our assessor will inspect the roof on 22/11 at 9:30am.", "Inspection: 22.11, 09:30, with our assessor.", "en", None),
    ("We can split the payment: £415 now and £400 by 30 June, with no interest.", "If it helps, you can pay in two parts: £415 now and the remaining £400 by 30/06, with no interest added.", "en", None),
    ("We can split the payment: £415 now and £400 by 30 June, with no interest.", "Would a split help? £415 now, £400 by 30 June, interest-free.", "en", None),
    ("Дмитрий, добрый день. Окно на гарантии 5 лет, поэтому ремонт для вас бесплатный.", "Дмитрий, ремонт окна по счёту 2291 бесплатный: гарантия 5 лет.", "ru", "Окно течёт. Счёт № 2291."),
    ("We have refunded the 2 tickets in full, £78.00, to your Visa today. We have also fixed the access note on your account so it shows on all future bookings.", "What we've done: refunded the two tickets in full (£78.00) to your Visa today and corrected the note on your account so it shows on all future bookings.", "en", None),
    ("Концерт «Хоры мира» начнётся не в 19:00, а в 18:00.", "Концерт «Хоры мира» начинается в шесть вечера вместо семи.", "ru", None),
    # sets 207 and 208
    ("Our supplier expects new stock between 18 and 20 November, and your 3 tins will ship within 1 working day of arrival.", "Our supplier expects new stock from 18 to 20 November, and your three tins will ship within a working day of it arriving.", "en", None),
    ("Our advisor, Eva Jansen, is available on +31 20 794 3310 from 9:00 to 17:00 on weekdays.", "Our adviser Eva Jansen is on 020 794 3310 on weekdays between 9 and 5.", "en", None),
    ("The flu vaccine costs £16.99 and is free for over-65s.", "The vaccine costs £16.99, or is free if you're over 65.", "en", None),
    ("Курьер привезёт новый флакон со сроком годности до февраля 2027 года.", "Курьер привезёт новый флакон (годен до 02.2027).", "ru", None),
    ("It is due on 18 March between 9:00 and 17:00.", "DPD will deliver it on 18.03, between 9 in the morning and 5 in the afternoon.", "en", None),
    ("We will add a 90-second slideshow of your aisle photos.", "We'll add a ninety-second slideshow of your aisle photos.", "en", None),
    ("The printer bound pages 14–15 upside down in both albums (order 77-30418, 2 x 8x8 inch books).", "The printer bound pages 14 to 15 upside down in both of the two 8 x 8 inch books in order 77-30418.", "en", None),
    ("The revised proof (version 2) will be sent by Friday 29 November.", "Proof v2 goes to you by Fri 29 Nov.", "en", None),
    ("Мы передали ваш запрос в службу доступной среды.", "Ваш запрос уже у коллег, которые отвечают за доступность площадки.", "ru", None),
    # sets 205 and 206
    ("Tom will fit two British Standard 5-lever mortice locks (BS3621) as quoted.", "Tom will fit the two five-lever BS3621 mortice locks we quoted.", "en", None),
    ("Стоимость монтажа — 4 500 ₽ — снимаем с заказа, вы оплачиваете только оборудование: 18 700 ₽.", "За монтаж, 4500 руб., платить не нужно: мы убрали его из заказа. Вы платите только за оборудование — 18 700 руб.", "ru", None),
    ("Новую личинку Cisa Astral S (3 450 ₽) установим в четверг, 20 июня.", "Новую личинку Cisa Astral S установим в четверг, 20.06. Она стоит 3450 рублей.", "ru", None),
    ("Our store is open 10am–2pm on weekends and 7:30am–6pm on weekdays.", "Our store is open Mon–Fri 7:30–18:00, Sat–Sun 10:00–14:00.", "en", None),
    ("We have rebooked the collection for Saturday 21 September between 8am and 12pm.", "We've rebooked your collection for Saturday, 21/09, between 8 and 12 in the morning.", "en", None),
    ("We will call you at 416-555-0199 once the report is in.", "As soon as the report is in, I'll call you on (416) 555-0199.", "en", None),
    ("Последняя примерка — 18 июня в 12:00.", "Последняя примерка назначена на 18 июня, на 12 часов дня.", "ru", None),
    ("Мастер подтвердил: левый рукав на 1 см короче.", "Мастер подтвердил: левый рукав короче на сантиметр.", "ru", None),
    ("Ваш предзаказ: 3 кулича по 1 кг и творожная пасха.", "Ваш предзаказ: три кулича по килограмму и творожная пасха.", "ru", None),
    ("Бельё заберём 15 октября и бесплатно перестираем, привезём 17 октября до 10:00.", "Бельё заберём 15 октября и бесплатно перестираем; чистое бельё вернём 17 октября до 10 утра.", "ru", None),
    # sets 203 and 204
    ("Your Q4 payment of £84.16 was sent on 3 February (reference SEG-Q4-2291).", "£84.16 was paid to you on February 3rd (reference SEG-Q4-2291).", "en", None),
    ("Please update the app to version 4.2.1, which fixes the zero reading.", "Update the app to v4.2.1 to clear the zero reading.", "en", None),
    ("Please send photos and the serial numbers to claims@heliomax.co.uk within 30 days.", "Email claims@heliomax.co.uk with photos and serial numbers within 30 days.", "en", None),
    ("The invoice wrongly included the kit (£470) that was removed from your quote.", "The invoice included the £470 kit, which had been taken off your quote.", "en", None),
    ("Мы перенесли монтаж на четверг, 15 мая, бригада приедет с 9 до 12.", "Новая дата монтажа — 15 мая, четверг, бригада будет с 9 до 12 часов.", "ru", None),
    ("Мы отправили в банк запрос, банк пересчитает график в течение 7 рабочих дней.", "Запрос мы отправили, пересчитать график банк должен в течение семи рабочих дней.", "ru", None),
    ("По договору комиссия за отмену 5% не берётся.", "По договору 5-процентная комиссия за отмену не берётся.", "ru", None),
    ("Our driver reached the venue at 2:40pm on 14 June.", "The cake didn't reach the venue until 2.40 pm on 14/06.", "en", None),
    ("Pickups run from December 22 to December 24, 8 AM–2 PM.", "Pick it up on Dec 22 or Dec 23, 8:00–14:00, or on Dec 24.", "en", None),
    ("Сервисный сбор 2 500 ₽ включён в счёт по ошибке. Счёт № 6612 мы аннулировали.", "Лишние 2 500 руб. в счёте № 6612 — это сервисный сбор, включённый по ошибке. Платить по этому счёту не нужно: мы его аннулировали.", "ru", None),
    # sets 201 and 202
    ("There are two options:\n1) Pay 12 months upfront at the old rate.\n2) Move to a smaller unit at £72.00 per month. If you reply by Wednesday 16 April, our team will move your things on Friday 18 April free of charge.", "Here are the ways to keep your costs down:\n• Pay 12 months upfront at the old rate.\n• Downsize to a unit at £72.00/month. Let us know by Wed 16/04 and we'll move your things for free on Fri 18/04.", "en", None),
    ("I can see the duplicate charge of $179.00 on June 2. I have already refunded the second charge today, June 4.", "A glitch took $179.00 from your card twice on 6/2. I refunded the extra $179.00 today, 6/4.", "en", None),
    ("The crew can move you on Saturday 21 June or Sunday 29 June.", "Right now we have Sat 21 June or Sun 29 June free.", "en", None),
    ("The new ETA at the Port of Melbourne is 22 July.", "It's now due at the Port of Melbourne on 22 July.", "en", None),
    ("The full $337.00 must be paid by Friday, September 12, 5:00 PM Mountain Time.", "Please pay the $337.00 by Fri 9/12, 5:00 p.m. MT.", "en", None),
    ("Return shipping is at your cost; Canada Post is usually about CA$14.", "The return shipping is at your expense — Canada Post usually charges about 14 Canadian dollars.", "en", None),
    ("If that window doesn't work for your 3pm meeting, reply RESCHEDULE.", "If that timing clashes with your meeting at 3, just reply RESCHEDULE.", "en", None),
    ("If that window doesn't work for your 3pm meeting, reply RESCHEDULE.", "If this clashes with your 3 o'clock meeting, reply RESCHEDULE.", "en", None),
    ("Dana will need a parking space within 30 feet of your door.", "Please keep a parking space free within 30 ft of your door.", "en", None),
    ("Grooming appointments are available Tuesday–Thursday only.", "You can book a groom on Tuesdays, Wednesdays and Thursdays.", "en", None),
    ("We are open Monday–Friday, 9:00–17:00.", "We're open Mondays to Fridays, 9:00–17:00.", "en", None),
    ("Предлагаем два варианта:\n1. Оплатить 6 месяцев вперёд по старой цене.\n2. Переехать в бокс за 3 100 ₽ в месяц. Если ответите до среды, 19 марта, наши сотрудники перенесут вещи бесплатно в субботу, 22 марта.", "Вот как можно сэкономить:\n• оплатить шесть месяцев вперёд по старой цене;\n• переехать в бокс за 3 100 ₽/мес. Ответьте до ср, 19.03, и в сб, 22.03, мы бесплатно перевезём туда ваши вещи.", "ru", None),
    ("Сейчас свободны суббота, 28.06, и воскресенье, 06.07. Ответьте нам в Telegram до 16 июня, чтобы мы закрепили дату.", "Сейчас свободны суббота, 28 июня, и воскресенье, 6 июля. Напишите нам в Telegram до 16 июня, и мы закрепим за вами дату.", "ru", None),
    ("Осмотр и обработку оплатим в ветклинике «Айболит» (работает круглосуточно).", "Осмотр и обработку оплатим в клинике «Айболит» (открыта 24 часа).", "ru", None),
    ("Промокод даёт скидку 15 % на заказ от 2 000 ₽. Оформите заказ заново: промокод применится, если сумма будет от 2 000 ₽.", "Промокод даёт 15 % скидки на заказ от 2 000 ₽. Оформите заказ заново, и промокод сработает, если сумма будет от 2 000 ₽.", "ru", None),
    ("Стерилизатор на гарантии 24 месяца, ремонт делает сервисный центр.", "Стерилизатор на гарантии 24 месяца, ремонт делает сервисный центр. Понимаю, как неприятно, когда через месяц после покупки вода зеленеет.", "ru", "Купил стерилизатор 12 февраля, через месяц перестала гореть лампа."),
    ("Если в течение 48 часов погибнет ещё одна рыба, пришлите фото — это тоже покроет гарантия.", "Если в течение двух суток погибнет ещё одна, пришлите фото — её мы тоже компенсируем по гарантии.", "ru", None),
    # sets 199 and 200
    ("The repair is free of charge, but if the damage was caused by overloading (more than 25 kg per drawer), a £60 call-out fee applies.", "The repair itself is free. The only exception is damage caused by overloading, meaning more than 25 kg in a drawer; in that case there's a £60 call-out fee.", "en", None),
    ("We can come back Wednesday 17 April. There's no re-delivery charge.", "We can return on Wednesday 17 April. There's no charge for coming back.", "en", None),
    ("If the chip is still visible from 1 metre away, we will replace the section.", "If the chip can still be seen from a metre away, we'll replace that section.", "en", None),
    ("The part missing from your Aquaboil 3-in-1 box is the connector kit AB-CK22.", "The part missing from your Aquaboil is the connector kit AB-CK22.", "en", None),
    ("Новую дату замера мы согласуем с вами по телефону в течение одного рабочего дня. Замер длится 40–60 минут.", "В течение одного рабочего дня мы позвоним вам, чтобы договориться о новой дате. Длится замер от 40 минут до часа.", "ru", None),
    ("Работы по гарантии (12 месяцев на монтаж) бесплатны.", "На монтаж действует гарантия 12 месяцев, поэтому за эти работы платить не нужно.", "ru", None),
    ("Washing it with shampoo in the first 7 days can leave marks.", "A shampoo wash in the first week can leave marks.", "en", None),
    ("Свободное время на этой неделе: с 10:00 до 19:00.", "Записаться можно на любой день этой недели с 10:00 до 19:00.", "ru", None),
    ("If you'd prefer the €18 back instead, reply with the last 4 digits of your card.", "If you'd rather have the €18 refunded, reply with the last 4 digits of your card.", "en", None),
    ("Helen would like to inspect the car and redo the boot lid free of charge.", "Short version: we'll put the paint right at no cost to you.\n\n- Inspection: Helen will look over the car, then redo the boot lid free of charge.", "en", None),
    ("However, on this occasion we will replace it. A new worktop will be dispatched on Friday.", "We're sending you a replacement worktop:\n\nReplacement: prime oak, dispatched on Friday", "en", None),
    ("Разовую мойку за 600 ₽ от 10.03 на ул. Родионова, 189 вернём на карту в течение 3 рабочих дней.", "600 ₽ за мойку 10.03 (ул. Родионова, 189): вернём на карту за 3 рабочих дня.", "ru", None),
    ("Второй платёж в размере 890 ₽ будет возвращён на карту *5521 в течение 5–7 рабочих дней.", "Восемьсот девяносто рублей вернём на карту *5521 в течение 5–7 рабочих дней.", "ru", None),
    ("На наращивание от 3 июня действует гарантия 7 дней, поэтому коррекция для вас бесплатна.", "Коррекция для вас бесплатная: наращивание 3 июня попадает под 7-дневную гарантию.", "ru", None),
    ("Сборщик приедет установить двери, как только они поступят, и позвонит заранее.", "Сборщик приедет их установить, как только они поступят, предварительно позвонив вам.", "ru", None),
    ("You can dispute the £640.00 with Visa.", "You can claim the £640.00 back through a Visa chargeback.", "en", None),
    ("Мастер бесплатно осмотрит капот и, если дело в покрытии, бесплатно перенанесёт состав.", "Коротко: бесплатно проверим покрытие и, если виновато оно, бесплатно нанесём заново.\n\n1. Осмотр капота проведёт мастер.\n2. Если дело в покрытии — перенанесение, без оплаты.", "ru", None),
    # sets 195 to 198
    ("Package B: one 8x10, two 5x7 and eight wallets.", "Package B, with one 8×10, two 5x7s and eight wallets.", "en", None),
    ("We will rescan all 3 rolls at 6000 x 4000 px.", "All 3 rolls will be rescanned at 6000×4000 px.", "en", None),
    ("Мы напечатаем 146 снимков (формат 10×15).", "146 снимков 10 × 15 мы напечатаем.", "ru", None),
    ("The recital is at 2:00pm; doors open at 1:30pm.", "The recital is at 2pm, with doors opening at 1:30.", "en", None),
    ("Your £18.50 monthly fee stays as it is.", "The monthly fee stays at 18.50 GBP.", "en", None),
    ("Абонемент на октябрь оплачен.\n\nМузыкальная школа «Камертон»", "Абонемент на октябрь оплачен.", "ru", None),
    ("The re-alteration is free of charge.", "We can fix the length before the wedding, and it won't cost you anything.", "en", None),
    ("We will hold it until Sunday 7 April.", "We'll keep it for you until Sunday 7 April.", "en", None),
    ("They will be rehung on Friday 25 April at a time we will agree with you by phone the day before.", "We'll rehang them on Friday 25 April; we'll ring you the day before to agree a time.", "en", None),
    ("You can also pay the invoice in two instalments of $270, due March 15 and April 15.", "You can also split the invoice into two payments of $270, due 15 March and 15 April.", "en", None),
    ("A battery that won't charge is covered by the warranty.", "If the battery won't charge, the warranty covers it.", "en", None),
    ("Если решение будет в вашу пользу, 1 290 ₽ вернутся на карту в течение 5–7 рабочих дней.", "При положительном решении 1 290 ₽ вернутся на карту в течение 5–7 рабочих дней.", "ru", None),
    ("В шоуруме — обмен на месте. Доставка обмена бесплатная.", "В шоуруме обменяем сразу. За доставку при обмене платить не нужно.", "ru", None),
    # sets 189 to 194
    ("We have reactivated your account until 11:59 PM Central on June 30.", "Your access now runs until June 30, 11:59 p.m. CT.", "en", None),
    ("Вместо 4 официантов работали 2.", "Вместо 4 официантов работали 2: двое заболели утром, заменить их мы не смогли.", "ru", None),
    ("If the downspout needs replacing, it's CA$60 for a 10-ft section.", "If the downspout needs replacing, a 10-foot section costs $60 CAD.", "en", None),
    ("Road resurfacing will take place from Monday 12 May to Friday 16 May.", "Station Road will be resurfaced Monday 12 – Friday 16 May.", "en", None),
    ("Hello {{first_name}},\n\nWe refunded the duplicate $65.00 today.", "Hi Jasmine,\n\nWe refunded the extra $65 today.", "en", "I was charged twice.\nJasmine"),
    ("Если вы хотите проверить воду, лаборатория бесплатно возьмёт пробу.", "Бесплатный анализ: лаборатория возьмёт пробу по записи.", "ru", None),
    ("If the balance is still difficult to pay, we can split it over 6 monthly instalments.", "If what's left is hard to manage, we can spread it over six monthly payments.", "en", None),
    ("Join the register and we will deliver bottled water to you during future interruptions.", "Join the register, so that in any future interruption we deliver bottled water to you.", "en", None),
    ("Please make sure the manhole cover is not blocked by plant pots.", "Please make sure nothing, not even a plant pot, is covering the manhole.", "en", None),
    ("Позвоните по телефону 8 (4012) 92-17-45 в рабочие дни с 8:30 до 17:30.", "Позвоните нам: 8 (4012) 92-17-45, по рабочим дням с 8:30 до 17:30.", "ru", None),
    ("Сообщите по телефону 8 (812) 305-09-09 — это круглосуточная линия.", "Позвоните нам: 8 812 305 09 09, линия работает 24 часа.", "ru", None),
    ("Заказ № 20-7731 (1 × заживляющая плёнка 15 см × 2 м) передан в Почту России.", "Заказ № 20-7731 — заживляющая плёнка 15 см × 2 м — мы передали Почте России.", "ru", None),
    # sets 184 to 188
    ("Pay by Interac e-Transfer to pay@northernlightsjewellers.ca.", "Pay by Interac e-Transfer to pay@northernlightsjewellers.ca.\n\nNorthern Lights Jewellers", "en", None),
    # sets 179 to 183
    ("Call us at 647-555-0139, Monday to Friday 9–6.", "You can reach us on 647 555 0139, Monday–Friday, 9am–6pm.", "en", None),
    ("Carla can come on Sunday, June 8 at 11:00 AM or Monday, June 9 at 6:30 PM.", "Carla can come on Sun 6/8 at 11am or Mon 6/9 at 6:30pm.", "en", None),
    ("Collect them Mon–Thu 10:00–14:00 and 16:00–19:00, Fri 10:00–14:00.", "Collection: Mon–Thu 10–14h and 16–19h, Fri 10–14h.", "en", None),
    ("You would only pay the consular fee of CAD 75.", "You'd only pay the $75 consular fee.", "en", None),
    ("We have reserved a Fender Player II Stratocaster for you. The Stratocaster will ship the same day.", "We've reserved your Fender Player II Stratocaster, and we'll send the Strat out the same day.", "en", None),
    ("Our records show the date reads 03/07/1991, which in Mexico means 3 July 1991.", "The certificate shows 03/07/1991, i.e. 3 July 1991 in Mexican format.", "en", None),
    ("We have reversed £37.02 today.", "We refunded GBP 37.02 today.", "en", None),
    ("Our engineer was taken ill and we failed to call you.", "Our engineer was taken ill, and we failed to call you. That's on us, and I'm sorry it cost you a day off work.", "en", None),
    ("Your rental period will start on the delivery day, so you are not charged for May 3–5.", "The rental period begins on the day of delivery, so May 3 to 5 won't be charged.", "en", None),
    ("We can lend you a YAS-280 for a £10 deposit, which you get back when you return it.", "Borrow a YAS-280 from us against a £10 deposit, refunded when you return it.", "en", None),
    ("Please pay to sort code 20-45-77, account 60719384.", "Please pay by bank transfer (sort code 20 45 77, account 60719384).", "en", None),
    ("Your fleet manager has approved a one-off removal of the fee, and we have credited £12.00 back to your account.", "The fee is removed: your fleet manager approved it as a one-off, and £12 has gone back to your account.", "en", None),
    ("Take it to any An Post office — there's nothing to print, and postage is free.", "Hand it in at any An Post office. There's nothing to print and no postage to pay.", "en", None),
    ("Here is how to get back into unit C-118.", "Here's how to get back into unit C-118 before your move on 15 March.", "en", "I'm moving house on Saturday 15 March."),
    ("Новый перевод будет готов 24.04. При получении нужно вернуть старый экземпляр — без этого выдать новый мы не сможем.", "Новый перевод будет готов 24.04. Старый экземпляр возьмите с собой — новый выдаётся только в обмен на него.", "ru", None),
    ("Концерт переносится на воскресенье, 28 декабря, начало в 16:00. Новая площадка — клуб «Мосты».", "Коротко о переносе:\n\n📅 Когда: вс, 28.12, начало в 16:00\n📍 Где: клуб «Мосты»", "ru", None),
    ("Хранение до этой даты не оплачивается.", "За хранение до этого дня платить не нужно.", "ru", None),
    ("Время ожидания не будет добавлено к оплате.", "Оплата: ожидание не тарифицируется, дополнительных списаний не будет.", "ru", None),
    ("Мы вернём остаток из расчёта 145 ₽ за день.", "Мы вернём остаток — по 145 ₽ за каждый день.", "ru", None),
    ("Отправьте оригинал через СДЭК на адрес: Санкт-Петербург, Лиговский пр-т, 10.", "Оригинал отправьте СДЭК по адресу: СПб, Лиговский пр-т, 10.", "ru", None),
    ("Страницы будут у вас на почте сегодня, 5 июня, до 15:00.", "Страницы придут на почту сегодня, 5 июня, не позже 15 часов.", "ru", None),
    ("Страницы будут у вас на почте сегодня, 5 июня, до 15:00.", "Страницы будут у вас на почте сегодня до 15:00.", "ru", None),
    ("Документы будут готовы после проверки.", "Документы будут готовы после проверки. Понимаем, что у вас срок до 25 июля.", "ru", "Работодатель ждёт документы до 25 июля."),
    ("Вопросы можно задать по телефону 8 (862) 296-40-18, пн–пт с 9:00 до 18:00.", "Телефон для вопросов: 8 862 296-40-18 (пн–пт, 9–18 ч).", "ru", None),
    ("For 24-hour access you can upgrade to our Plus plan for £9 a month extra.", "Want round-the-clock access? Plus = 24h entry for £9 more per month.", "en", None),
    ("The wine will be delivered within 7 working days, on a weekday between 8:00 and 16:00.", "Within 7 working days, our van brings the wine, Monday to Friday, 08:00–16:00.", "en", None),
    ("Call me directly at (510) 555-0147 between 6:00 a.m. and 3:00 p.m. Pacific.", "Direct line on the day: (510) 555-0147, 6:00 a.m.–3:00 p.m. PT.", "en", None),
    ("Ближайший пункт принимает багаж до 100 см по длинной стороне.", "Ближайший пункт принимает багаж до 1 м по длинной стороне.", "ru", None),
    # sets 175 to 178
    ("Dear Sir or Madam,\n\nThere's nothing wrong with our testing policy: a £120 diagnostic fee applies to all batteries. However, your Volt Pulse battery (serial VP-88A-3012) is within its 24-month warranty, so if the test finds a cell fault the fee is waived and the battery is replaced free. Please send the battery using the prepaid DPD label we emailed you today to our workshop at Unit 4, Kingsway Park, Derby DE22 3FT. Testing takes 5 working days from arrival. Remove the battery from the frame before sending and do not charge it above 50%. We apologise for any inconvenience.\n\nGemma", "Owen, battery VP-88A-3012 is still inside its 24-month warranty. We charge £120 to test any battery, but if a cell fault turns up, that fee is waived and you get a free replacement. Please take the battery off the frame, keep it at 50% charge or below, and post it with the prepaid DPD label we emailed today to Unit 4, Kingsway Park, Derby DE22 3FT. The test takes 5 working days once it arrives.\n\nGemma", "en", None),
    ("Please bring the shoes to our kiosk any weekday between 8 am and 6 pm.", "Drop the shoes at our kiosk, Monday–Friday, 8:00–18:00.", "en", None),
    ("Ремонт займёт 1 день, велосипед будет готов 20 апреля.", "Ремонт займёт день, забрать можно 20.04.", "ru", None),
    ("Мы продлили ваш тариф на 1 день — до 15 марта.", "Тариф мы продлили на день, он действует до 15.03.", "ru", None),
    ("Адрес сервиса: ул. Большая Семёновская, 40, с 10:00 до 19:00, кроме воскресенья.", "Куда приходить: ул. Большая Семёновская, 40, пн–сб 10:00–19:00.", "ru", None),
    ("The refund of £245 has been approved and will reach your card within 5 working days.", "A refund of the full £245 has been approved — it will be back on your card within five working days.", "en", None),
    ("Letters are scanned within 1 working day. Yours was scanned this morning.", "Your letter missed our 1-working-day scanning window; we scanned it this morning.", "en", None),
    ("Security will check it at 8:00 and 13:00 each day.", "Security will check it at 8:00 and 13:00 every day.", "en", None),
    ("До 5 ноября мы отзовём счёт на 135 000 ₽ и выставим новый на 134 500 ₽.", "До 05.11 отзовём счёт на 135 000 ₽ и пришлём новый, на 134 500 ₽.", "ru", None),
    ("Книгу перепечатаем бесплатно. Бракованную книгу возвращать не нужно.", "Бесплатно перепечатаем книгу. Старую книгу оставьте себе.", "ru", None),
    ("Уважаемая клиентка,\n\nвам следовало включить подтверждение покупок паролем в Google Play. Мы проверили пять покупок от 6 и 7 июня на общую сумму 4 980 ₽. Три покупки по 990 ₽ (2 970 ₽) — сундуки ещё не открыты, их мы отменили, деньги вернутся на карту *2291 в течение 10 рабочих дней. Две покупки по 1 005 ₽ уже открыты, и по правилам Google Play вернуть их мы не можем. Чтобы такого не повторилось, включите Family Link — инструкция в разделе «Родительский контроль» на нашем сайте. Надеемся, это решит вашу проблему.\n\nОксана, поддержка «Танкового дуэля»", "Елена Михайловна, здравствуйте.\n\nИз пяти покупок 6–7 июня (всего 4 980 ₽) мы отменили три неоткрытых сундука по 990 ₽. Эти 2 970 ₽ поступят на карту *2291 в течение 10 рабочих дней. Ещё два сундука по 1 005 ₽ уже открыты — их правила Google Play вернуть не позволяют.\n\nНа будущее: включите в Google Play подтверждение покупок паролем и настройте Family Link. Как это сделать, описано в разделе «Родительский контроль» на нашем сайте.\n\nОксана, поддержка «Танкового дуэля»", "ru", "Мой сын (ему 10 лет) за два дня потратил с моей карты 4 980 ₽ на сундуки в «Танковом дуэле». Я никаких разрешений не давала! Верните все деньги. Елена Михайловна Громова"),
    # sets 170 to 174
    ("PayPal usually shows it within 1–2 days.", "PayPal normally shows it in a day or two.", "en", None),
    ("Скидка 10% для пенсионеров действует в будни с 9:00 до 13:00. Как уже было сказано, время акции указано на входе в магазин.", "Скидка 10% для пенсионеров действует по будням с 9:00 до 13:00. Время действия скидки указано на входе в магазин.", "ru", None),
    ("Ваш заказ привезём сегодня с 18:00 до 19:00 бесплатно, оплачивать повторно не нужно.", "Бесплатно привезём ваш заказ сегодня с 18:00 до 19:00, платить второй раз не нужно.", "ru", None),
    ("Предоплату 1 800 ₽ мы вернули вам 21 декабря на карту, остаток 1 800 ₽ вы не платили, так что списаний больше не будет.", "Предоплату 1 800 ₽ мы вернули на вашу карту 21 декабря, а оставшиеся 1 800 ₽ вы не платили, так что больше ничего списано не будет.", "ru", None),
    ("Our policy covers a free repair within 7 days of the appointment, so your June 3 set ($55) qualifies until June 10.", "Your June 3 set ($55) gets a free repair: we cover fixes within 7 days of the appointment, so until June 10.", "en", None),
    ("Your voucher expired on 31 January, but our manager has approved a one-off extension until 30 April.", "Our manager has extended your voucher, which ran out on 31 January, as a one-off until 30 April.", "en", None),
    ("Your $150 deposit stays on file and will come off the final bill.", "The $150 deposit remains on file and will be deducted from your final bill.", "en", None),
    ("It can be used until 30 June on any product except gift cards.", "It's valid until June 30, on everything but gift cards.", "en", None),
    ("Ваш полис «Защита+» покрывает один такой случай в год. Оплачивать счёт на 9 800 ₽ в магазине не нужно.", "Счёт на 9 800 ₽ оплачивать не нужно: ремонт можно оформить по вашему полису «Защита+».", "ru", None),
    ("Вместо Galaxy S24 256 ГБ вам отправили версию на 128 ГБ.", "Вместо Galaxy S24 на 256 ГБ вам отправили версию на 128 ГБ.", "ru", None),
    ("Курьер привезёт правильный смартфон 2 июня с 12:00 до 18:00 и заберёт тот, что пришёл по ошибке. Номер заявки на обмен — ОБ-2291.", "Обмен оформлен, заявка ОБ-2291. 2 июня с 12:00 до 18:00 курьер привезёт правильный смартфон и заберёт ошибочный.", "ru", None),
    ("We have applied a £10 credit to your account, which will be used automatically on your next order.", "A £10 credit is on your account and comes off your next order automatically.", "en", None),
    ("Sorry for the delay in getting back to you. We will re-treat the coat free of charge.", "Thanks for waiting on us. We'll treat the coat a second time free of charge.", "en", None),
    ("We will refund the duplicate £39.99 within 5–7 business days; it will appear on your statement as WASHLY REFUND.", "The duplicate £39.99 is being refunded within 5 to 7 business days: look for \"WASHLY REFUND\" on your statement.", "en", None),
    ("We will deliver it to your home, 14 Otley Road, on 12 July between 10:00 and 13:00 and collect the XC40 at the same time.", "It will be with you on 12 July, 10am–1pm, at 14 Otley Road. We'll take the XC40 back in the same visit.", "en", None),
    ("Manchester City Council sent us PCN MC41208877 on 22 January.", "The council's notice PCN MC41208877 reached us on 22 January.", "en", None),
    ("Здравствуйте, Екатерина! Нам очень жаль, что вы так это восприняли. Как мы уже писали в условиях подписки, штрафы ГИБДД оплачиваем мы и перевыставляем клиенту с комиссией 1 500 ₽ за каждое постановление. Постановление № 18810177240915003321 от 12 сентября пришло нам только 5 октября, когда 20-дневный срок оплаты со скидкой 50% уже истёк, поэтому сумма составила 1 000 ₽. Приносим извинения за доставленные неудобства. Чтобы получать штрафы сразу, привяжите водительское удостоверение и СТС автомобиля (99 52 631478) к своему профилю на «Госуслугах» — уведомления будут приходить вам напрямую. Если вы оплатите штраф сами в течение 20 дней со дня постановления, комиссия не взимается и скидка 50% сохраняется. Мария Соколова, служба заботы «Драйв-Подписка».", "Екатерина, добрый день.\nПочему так вышло: постановление № 18810177240915003321 вынесено 12.09, а до нас дошло лишь 05.10 — 20 дней на оплату со скидкой 50 % к тому моменту прошли, и штраф составил 1000 рублей. Такие штрафы мы оплачиваем за клиентов и перевыставляем с комиссией 1500 рублей за постановление — так записано в условиях подписки.\nКак платить без комиссии: привяжите права и СТС 99 52 631478 к профилю на «Госуслугах». Тогда постановления будут приходить лично вам, и если оплатить штраф в течение 20 дней с даты постановления, комиссии не будет, а скидка 50 % сохранится.\nМария Соколова, «Драйв-Подписка»", "ru", None),
    ("Форму отправьте на refund@chery-yug.ru. После получения документов возврат занимает до 5 рабочих дней.", "Форму отправьте на refund@chery-yug.ru. Вернём деньги в течение 5 рабочих дней после получения документов.", "ru", None),
    ("Замену привезём к вам домой 19 апреля. При замене нужно вернуть оба ключа.", "Замену привезём к вам домой 19 апреля. При замене верните, пожалуйста, оба ключа.", "ru", None),
    ("Расходы на такси возмещаются по условиям подписки в пределах 5 000 ₽.", "Такси: по условиям подписки возмещаем до 5000 рублей.", "ru", None),
    # sets 168 and 169
    ("If the seller does not scan it within 7 days of your drop-off, we will refund you directly.", "- If they haven't scanned it within seven days of your drop-off, we'll refund you ourselves.", "en", None),
    ("If the parcel isn't found by the end of the trace, we'll refund the €89.50 ourselves, since you used our label.", "• Parcel not found by the end of the trace? We refund the €89.50 ourselves, because you used our label.", "en", None),
    ("If it hasn't arrived by Friday 11 April, just reply to this email and I will refund it from our side.", "Nothing by Fri 11 Apr? Reply here and I'll refund it from our side.", "en", None),
    ("Clayworks has dispatched a full replacement set today. If the replacement arrives damaged too, email photos within 48 hours and they will refund the £86.00 in full.", "Clayworks dispatched a full replacement set today. If the replacement arrives damaged too, email photos within 48 hours and they will refund the £86.00 in full.", "en", None),
    ("Because the listing didn't show the seller's location clearly, we'll reimburse your postage up to £15.00.", "The listing didn't make the seller's location clear, so we'll reimburse your postage ourselves, up to £15.", "en", None),
    ("Подъём с этажа оплачивает продавец.", "Подъём с этажа — за счёт продавца.", "ru", None),
    ("Я вручную начислил баллы, они появятся в разделе «Мои баллы» в течение 24 часов.", "Я уже начислил их вручную, в «Моих баллах» они появятся в течение суток.", "ru", None),
    ("Вам выпустят новый промокод на 15%. С ним велосипед за 10 100 ₽ обойдётся в 8 585 ₽.", "Команда акций выпустит для вас новый промокод на 15%. Велосипед стоит 10 100 ₽, с промокодом — 8585 ₽.", "ru", None),
    ("Если забирать в этом пункте неудобно, бесплатную курьерскую доставку можно оформить в приложении до пятницы.", "Удобнее курьером? Оформите доставку в приложении до пятницы — она будет бесплатной.", "ru", None),
    ("Вернуть его можно по заявлению на имя проректора с реквизитами карты. Возврат занимает до 30 календарных дней после получения заявления.", "Вариантов два.\n\n1. Вернуть деньги. Заполните заявление на имя проректора, укажите реквизиты карты. Деньги вернутся не позднее чем через 30 календарных дней после получения заявления.", "ru", None),
    # sets 164 to 167
    ("Ваши показания мы внесли вручную, начисление пересчитано: к оплате 1 870,40 ₽ вместо 2 415,00 ₽.", "Показания мы внесли сами, сумма пересчитана — 1 870,40 ₽ вместо 2 415 ₽.", "ru", None),
    ("We will return it to your account ending 3381 within 3 working days, by 6 June.", "It'll be back in your account ending 3381 by June 6 (within three working days).", "en", None),
    ("We have valued your car at £14,750; after your £250 excess, the settlement is £14,500.", "Your car is valued at £14,750, and after the £250 excess you'll receive £14,500.", "en", None),
    ("Please email the footage by 20 September. I'm your handler and will call you within 48 hours of receiving it to go through next steps.", "Email the footage by 20 Sept, and I'll call you within 48 hours of receiving it to talk through next steps.", "en", None),
    ("Villa views are not guaranteed. If you'd rather stay put, let the front desk know before 09:00 tomorrow.", "(Villa views aren't guaranteed in the booking terms.) Prefer to stay put? Just tell the front desk before 9am tomorrow.", "en", None),
    ("Если замена вам не подходит, до 20 июня можно бесплатно аннулировать тур — напишите об этом на tour@solnce-travel.ru.", "Если замена не устраивает, до 20.06 напишите на tour@solnce-travel.ru, и тур можно будет аннулировать бесплатно.", "ru", None),
    ("Из-за сбоя 11 марта по заказу № 90-1127 прошло два платежа по 132 500 ₽. Второй платёж мы отменили сегодня в 12:40, банк вернёт деньги на карту Мир *2048 в течение 3 рабочих дней.", "Лишний платёж уже отменён — сегодня в 12:40. Два списания по 132 500 ₽ по заказу № 90-1127 прошли 11 марта из-за сбоя; вторую сумму банк вернёт на карту Мир *2048 в течение 3 рабочих дней.", "ru", None),
    ("Because the light has come back within 30 days, the repeat diagnostic is free under our diagnostic guarantee.", "The repeat diagnostic won't cost you anything: the light returned within 30 days, so it's covered by our diagnostic guarantee.", "en", None),
    ("Our card terminal had an outage on July 9 between 10:00 and 11:30 am.", "It came from a card-terminal outage on 7/9, 10–11:30 a.m.", "en", None),
    ("Возврат мы сделаем на карту в течение 10 рабочих дней после получения документов.", "После получения документов вернём сумму на карту в течение 10 рабочих дней.", "ru", None),
    ("Поэтому разницу 1 400 ₽ мы вернём: подойдите с чеком до 30 июня, возврат сделаем сразу.", "Поэтому разницу, 1 400 ₽, мы вернём: приходите с чеком до 30 июня — вернём деньги сразу.", "ru", None),
    # sets 156 to 163
    ("Call me on 0161 555 0192, ext. 204, Mon–Fri 9–5 with any questions.", "Call me on 0161 555 0192, extension 204, Monday to Friday, 9am–5pm.", "en", None),
    ("The W30 pair you sent back arrived at our Manchester hub on 18 March.", "Your returned W30s reached our Manchester hub on 18/03.", "en", None),
    ("Приходите в магазин с ботинками — обменяем на месте. Если удобнее курьером, ответьте до 16 ноября: курьер заберёт пару и привезёт новую 18 ноября.", "Обменять ботинки можно двумя способами.\n\nВ магазине: приходите с ботинками — обменяем на месте.\n\nКурьером: ответьте до 16.11, и 18.11 курьер заберёт пару и привезёт новую.", "ru", None),
    ("Restoring it costs £45 plus the normal renewal of £12.99 for one year.", "You'll need to pay £45.00 to restore it plus £12.99 for a year's renewal.", "en", None),
    ("Restoring it costs £45 plus the normal renewal of £12.99 for one year.", "You'll need to pay the £45 restoration fee and the regular one-year renewal of £12.99.", "en", None),
    ("Our team will copy them into your mailbox within 24 hours.", "Our team will move them into your mailbox within a day (24 hours).", "en", None),
    ("The domain stays registered in your name until 2 March 2028.", "The domain remains yours until March 2, 2028.", "en", None),
    ("Не скопировалась база данных shop_orders объёмом 14 ГБ.", "База shop_orders размером 14 ГБ не скопировалась.", "ru", None),
    ("Срок действия сертификата — 1 год с даты выпуска.", "Сертификат будет действовать год с момента выпуска.", "ru", None),
    ("22 декабря деньги отправлены повторно, они поступят на карту *8814 в течение 5 рабочих дней.", "22 декабря мы отправили деньги повторно — они поступят на карту *8814 в течение 5 рабочих дней.", "ru", None),
    ("В профиле указан старый КПП 770101001. Мы обновили КПП на 772501001 по выписке из ЕГРЮЛ.", "В профиле был указан старый КПП 770101001. По выписке из ЕГРЮЛ мы заменили его на 772501001.", "ru", None),
    ("Hannah can fit the remaining 6 hours in on 8, 9 and 10 July, 2 hours each day from 10:00.", "6 hours are still to come. Hannah has these slots for you:\n• 8 July, 10:00–12:00\n• 9 July, 10:00–12:00\n• 10 July, 10:00–12:00", "en", None),
    ("While the challenge is open, the 50% discount is held, so you can still pay £35 instead of £70.", "While your challenge is open, you can still pay £35 rather than the full £70.", "en", None),
    ("The duplicate payment of £27.50 will be returned to the card ending 4471 within 5 working days.", "The duplicate £27.50 will go back to your card ending 4471 within 5 working days.", "en", None),
    ("Your 11:30 slot for order MUS-7731-B could not go ahead.", "The 11.30 slot on order MUS-7731-B was cancelled.", "en", None),
    ("If outdoor attractions close for 2 hours or more, guests receive a free Rain Check ticket for a return visit.", "A closure of 2+ hours earns a free Rain Check ticket per guest.", "en", None),
    ("Полностью вернуть стоимость браслетов мы не можем. Мы вернём по 900 ₽ за каждый браслет.", "Полный возврат невозможен, но мы вернём по 900 ₽ за браслет.", "ru", None),
    ("Из-за сбоя баллы не начислились. Баллы появятся на карте до 15 февраля.", "Баллы не потерялись: они появятся на карте до 15 февраля. Спасибо, что сообщили о пропавших баллах.", "ru", None),
    ("Подойдите на ресепшен с чеком до 15 августа — деньги вернут наличными или на карту.", "Ирина, деньги вам вернут. Подойдите на ресепшен с чеком до 15.08 — наличными или на карту.", "ru", "Верните штраф! Ирина"),
    ("Программа сократилась с 2 часов до 1 часа 20 минут.", "Квест шёл 1 ч 20 мин вместо 2 часов.", "ru", None),
    ("Операции по расчётному счёту ИП Тимофеева Р. А. приостановлены 9 ноября.", "Руслан Андреевич, добрый день.\n\nОперации по вашему расчётному счёту приостановлены 09.11.", "ru", "Вы заблокировали мой счёт!\nИП Тимофеев Руслан Андреевич."),
    ("You can collect them from reception any day between 7am and 11pm.", "Reception has them daily, 07:00–23:00.", "en", None),
    ("The refund of £396.00 was approved on 16 May. It was sent back to your Visa card and can take 3–5 working days to appear.", "Your refund of £396.00 was approved on 16 May and sent back to your Visa card. Card refunds take 3–5 working days to appear.", "en", None),
    ("Our courier will swap the frame on Saturday 8 June. You don't pay anything for the swap.", "On Sat 8 June our courier will drop off the grey frame and collect the charcoal one, free of charge.", "en", None),
    ("Our system charged the $149.00 fee twice on March 3.", "You were charged the $149 fee twice on 3/3.", "en", None),
    ("If it is not there, we will post the kit free by Royal Mail. Just reply with a photo by Friday.", "Not there? Send us a photo by Friday. We'll post the kit by Royal Mail at no cost.", "en", None),
    ("Если хотите избежать доплаты, можно забрать заказ самовывозом со склада до 20 сентября.", "Другой вариант, без доплаты: самовывоз со склада до 20.09.", "ru", None),
    # sets 148 to 153
    ("Sorry you feel you were treated unfairly, Mr Asante. The inspection was at 08:01, so we have cancelled notice ST-58812 and you do not need to pay the £50.", "Mr Asante, you won't have to pay anything. The inspection was at 8:01am, so notice ST-58812 (£50) has been cancelled.", "en", None),
    ("Акт № А-118/04 у нас есть. По правилам перевозчика за неработающий кондиционер положено 10% стоимости билетов.", "Компенсация вам положена: у нас есть акт № А-118/04. По правилам перевозчика это 10% стоимости билетов.", "ru", None),
    ("They are in the same £42 price band, so there is nothing extra to pay.", "Same £42 band, no extra charge.", "en", None),
    ("That was our error. We'll refund the £50 difference within 5 working days.", "That's on us. The £50 difference will be back in your account within 5 working days.", "en", None),
    ("Gift vouchers are valid for 12 months. We can offer a one-time 3-month extension.", "Our gift vouchers last 12 months, but I can extend it once, for 3 months.", "en", None),
    ("Можем предложить 2 билета со скидкой 50%, то есть по 1 600 ₽.", "Можем предложить 2 билета за полцены, по 1 600 ₽.", "ru", None),
    ("Мы отправим замену 18.06 с 9:00 до 13:00.", "Замену привезём 18.06 в интервале 9–13 часов.", "ru", None),
    ("Заказ вернулся на склад — вы должны были продлить хранение в приложении.", "Заказ вернулся на склад; продлить хранение можно было в приложении.", "ru", None),
    ("Привезите его с гарантийным талоном в аптеку или вызовите курьера — это бесплатно.", "Привезите его с гарантийным талоном в аптеку. Курьера можно вызвать бесплатно.", "ru", None),
    ("If you don't approve it, we'll return the machine unrepaired at no charge within 5 working days.", "If we don't hear from you, the machine comes back to you unrepaired, free of charge, within 5 working days.", "en", None),
    ("Установку делали мы (акт № У-3381 от 10 апреля), поэтому повторный выезд бесплатный.", "Повторный выезд — бесплатно: установку по акту № У-3381 (10 апреля) делали мы.", "ru", None),
    ("The £29.99 set-up fee stays on the order and will not be charged again.", "The £29.99 set-up fee stays with the order — you won't be charged it twice.", "en", None),
    ("Переоформление стоит 0 ₽ и занимает около 30 минут.", "Переоформление бесплатное и занимает около 30 минут.", "ru", None),
    ("A new driver will bring it within 35 minutes. You don't need to pay again.", "A new driver will have it with you within 35 minutes — no need to pay again.", "en", None),
    ("Our head chef has removed the mussels from the menu while we check the batch.", "Our head chef has taken the mussels off the menu while we check the batch.", "en", None),
    ("Add £1.50 or more and it will apply automatically at checkout. The discount is capped at £10.", "Top it up by £1.50 or more and the discount comes off by itself at checkout; it's capped at £10.", "en", None),
    ("We have refunded the £14.20 service charge to your American Express card ending 1008 today.", "We've refunded the £14.20 service charge to your Amex ending 1008 today.", "en", None),
    ("Промокод действует до 31 марта. Добавьте товаров ещё на 150 ₽, и скидка включится сама.", "Добавьте товаров ещё на 150 ₽ — скидка включится сама.\n\nЧто ещё важно знать о промокоде: он действует до 31 марта.", "ru", None),
    ("Если деньги не поступят до 15 июля, напишите нам в Telegram: t.me/edaryadom_help.", "Если к 15.07 перевода не будет, напишите нам: t.me/edaryadom_help.", "ru", None),
    # sets 154 and 155
    ("Новую упаковку со сроком годности до 08.2026 отправим 12 июня.", "Новую упаковку (годна до августа 2026 г.) отправим 12.06.", "ru", None),
    ("Заказ (корм для собак 15 кг, 4 290 ₽) привезём сегодня.", "Заказ (15-килограммовый корм, 4290 ₽) привезём сегодня.", "ru", None),
    ("Лицензия за 1 990 ₽ действует 1 год на 3 устройства.", "Лицензия стоимостью 1990 ₽ рассчитана на три устройства и год работы.", "ru", None),
    ("Our policy allows a one-time extension of 30 days for a $15 fee if you ask within 14 days of expiry.", "We allow a one-time 30-day extension for a $15 fee if you ask within 14 days of expiry.", "en", None),
    ("Штраф мы оплатили, и из залога удержаны 500 ₽.", "Мы его оплатили, поэтому из залога удержаны эти 500 ₽.", "ru", None),
    # sets 145 to 147
    ("Our fraud system blocked your Visa card ending 2086 on 14 June.", "Our fraud system blocked your card ending 2086 on 14 June.", "en", None),
    ("Once received, the funds should be released within 2 working days. We are not charging any further fees.", "Once we have it, the funds should be released within 2 working days. We won't charge any further fees for this transfer.", "en", None),
    ("Once received, the funds should be released within 2 working days. We are not charging any further fees.", "Once we have it, the release should take 2 working days, with no further fees from us.", "en", None),
    ("As a one-off, I have refunded the £35 fee today. Your reference is 55309124.", "As a one-off, I've refunded the £35 fee today.", "en", None),
    ("Если деньги не поступят, они автоматически вернутся на вашу карту не позднее 9 июня.", "Если зачисления не будет, сумма сама вернётся на вашу карту не позднее 09.06.", "ru", None),
    ("Оспорить операцию можно: оплата 31 990 ₽ подходит под процедуру chargeback.", "Деньги за пылесос можно попробовать вернуть через chargeback: оплата 31 990 ₽ под эту процедуру подходит.", "ru", None),
    ("Повышенный кешбэк действует только для категорий, выбранных до 1-го числа месяца.", "Повышенный кешбэк положен только по категориям, выбранным до первого числа месяца.", "ru", None),
    ("The taxi fare between the two hotels is also covered: email the receipt by 20 March.", "We'll also cover your taxi fare between the two hotels: email the receipt by 20 March.", "en", None),
    ("Points from third-party bookings are normally not eligible, so this is a one-time exception.", "We've linked the stay as a one-time exception, since third-party bookings normally don't earn points.", "en", None),
    ("Формулировка на сайте действительно могла ввести в заблуждение.", "Текст о бесплатной отмене на сайте и правда мог ввести в заблуждение.", "ru", None),
    ("The redirect is free, as you requested it before the parcel left the depot.", "There's no charge for the redirect, since you asked for it before the parcel left the depot.", "en", None),
    # sets 140 to 144
    ("The flight landed 4 hours 38 minutes late.", "The flight landed 4h 38m late.", "en", None),
    ("Задержка составила 4 часа 38 минут.", "Задержка — 4 ч. 38 мин.", "ru", None),
    ("We reimburse hotels up to €120 per night, so €120 of your €139 will be paid back.", "We reimburse hotel stays up to €120 a night, so we'll pay back €120 of the €139 you spent.", "en", None),
    ("Кроме того, мы возместим расходы на гостиницу — 4 800 ₽ по чеку.", "Расходы на гостиницу, 4800 ₽, мы тоже возместим по чеку.", "ru", None),
    ("Для багажа без объявленной ценности компенсация составляет 600 ₽ за килограмм. Деньги поступят в течение 10 рабочих дней после получения документов.", "Компенсация за багаж без объявленной ценности считается по весу — 600 ₽ за кг. Выплатим в течение 10 рабочих дней с момента получения документов.", "ru", None),
    ("The promo code NEWYEAR25 wasn't applied, so you were wrongly charged the £25 joining fee. We refunded the £25 today.", "The offer had no joining fee, but the NEWYEAR25 code wasn't applied and you were charged £25. We refunded the £25 today.", "en", None),
    ("Стоимость диагностики, 1 500 ₽, при согласии на ремонт вычитается из итоговой суммы.", "1 500 ₽ за диагностику при согласии на ремонт вычтем из итоговой суммы.", "ru", None),
    ("Работа займёт около полутора часов и бесплатна по гарантии на ремонт.", "Работа займёт около полутора часов и будет бесплатной: она покрывается гарантией на ремонт.", "ru", None),
    ("Аккумулятор на гарантии 6 месяцев.", "Аккумулятор ещё на полугодовой гарантии.", "ru", None),
    ("Замена займёт около 40 минут.", "На замену уйдёт минут сорок.", "ru", None),
    ("Если к этой дате ремонт не будет выполнен, вы вправе потребовать возврат 68 990 ₽.", "Не успеем к этой дате — вы вправе вернуть 68990 ₽.", "ru", None),
    ("If you prefer a refund instead, reply to this email and the full $89.99 will go back to your Visa.", "Prefer a refund? Reply to this email and $89.99 goes back to your Visa.", "en", None),
    ("The duplicate charge (transaction ID BX-90312) has been reversed.", "I've reversed the duplicate charge (transaction ID BX-90312).", "en", None),
    ("If it hasn't arrived by then, call us and we will refund the $47.80.", "Not there by then? Call us, and we'll refund the $47.80.", "en", None),
    ("I've asked her to reverse it. The $72 will go back to your PayPal account once approved.", "I've asked her to reverse the fee; once it's approved, the $72 will go back to your PayPal account.", "en", None),
    ("NordWear has agreed to a one-time exception for order NW-20417.", "NordWear will take the jacket from order NW-20417 back as a one-off exception.", "en", None),
    ("Upload the certificate and your 40 listings will be reactivated.", "To get your 40 shop listings back, upload the certificate.", "en", None),
    ("You can get a store credit of $118 today. Reply with 'CREDIT' to take it.", "You can take $118 in store credit today (reply CREDIT).", "en", None),
    ("Продлить срок хранения можно в личном кабинете.", "Продлить срок хранения можно в разделе «Заказы» → «Продлить хранение».", "ru", None),
    ("The team worked 6 hours instead of the 4 hours quoted, so the total came to £935 instead of £680.", "The extra £255 comes from 2 additional hours: 6 hours worked instead of the 4 quoted, £935 instead of £680.", "en", None),
    ("The £35 stairs surcharge for your 2nd-floor flat is waived.", "The £35 stairs surcharge for the 2nd-floor flat is waived.", "en", None),
    ("Новую карту можно получить у администратора. Замена бесплатная.", "Новая карта — бесплатно, у администратора.", "ru", None),
    ("If the battery is faulty, we will replace it on the spot.", "A faulty battery gets replaced there and then.", "en", None),
    ("The message was sent to an old number. I've updated your contact number to 07911 123456.", "The message went to an old number, which I've now replaced with 07911 123456.", "en", None),
    ("Курьер не приехал, извините.", "Вчера курьер не приехал, извините.", "ru", "Я весь вчерашний день просидел дома и ждал курьера."),
    ("Подписать можно в сервисе с 10:00 до 19:00, кроме воскресенья.", "Подписать можно в сервисе с 10:00 до 19:00 в любой день, кроме воскресенья.", "ru", None),
    ("Due to a server timeout, the 2,400 Crowns were not credited. We have now added them.", "A server timeout stopped the 2,400 Crowns from being credited; we've now added them.", "en", None),
    ("Cast changes do not normally entitle customers to a refund. However, as an exception, you can exchange your tickets.", "Normally a cast change doesn't entitle you to a refund, but as an exception, you can exchange your tickets.", "en", None),
    ("Your membership is paused for the weeks of 19 and 26 August.", "Our records show the pause covering the weeks of 19 and 26 August.", "en", None),
    ("Dear Leaseholder,\n\nThe service charge for 2025 is £1,840.", "Hello Mark,\n\nThe service charge for 2025 is £1,840.", "en", "Why is my service charge so high? Mark Evans"),
    ("Вы можете предъявить собственнику кв. 61 требование о возмещении ущерба.", "Собственнику кв. 61 можно предъявить требование о возмещении ущерба.", "ru", None),
    ("Under EU rules over 3,500 km you are entitled to 75% of the fare. A full refund is not available.", "A full refund of the ticket isn't possible; under EU rules for flights over 3,500 km you are entitled to 75% of the fare.", "en", None),
    ("We will also reimburse the difference of €153. Payment will be made within 14 days of receipt of the invoice.", "We'll also pay back the €153 difference, and we'll pay you within 14 days of receiving the invoice.", "en", None),
    ("The remaining 7 Dell Latitude 5450 units will be delivered on Friday 31 May.", "The other 7 Dell Latitude 5450s will reach you on Friday 31 May.", "en", None),
    ("Dear Mr. de Vries,\n\nContainer MSCU 482917-3 arrived on 2 October.", "Hello Pieter,\n\nContainer MSCU 482917-3 arrived on 2 October.", "en", "I am not paying this.\n\nPieter de Vries"),
    ("Claim CLM-70345 was opened on 14 May.", "- Claim: CLM-70345, covering the 2 damaged pallets, opened on 14 May.", "en", "Two pallets arrived damaged."),
    ("Вашу просьбу уменьшить эту сумму рассмотрит руководитель филиала и ответит до 7 октября.", "Вашу просьбу уменьшить эту сумму рассмотрит руководитель филиала — ответ будет до 7 октября.", "ru", None),
    ("Обновление пройдёт 20 марта с 0:00 до 1:30 по местному времени.", "Обновление пройдёт 20 марта с 0:00 до 1:30 по новосибирскому времени.", "ru", None),
    ("Осталось одно действие с вашей стороны: подписать запрос на аннулирование УПД № 412.", "Осталось подписать в ЭДО запрос на аннулирование УПД № 412.", "ru", None),
    ("Заполните заявление в личном кабинете, в разделе «Платежи» → «Возврат переплаты».", "Заявление заполняется в личном кабинете: раздел «Платежи», подраздел «Возврат переплаты».", "ru", None),
    ("The engineer will call from 0330 088 4120 about 30 minutes before arrival.", "The engineer will ring you from 0330 088 4120 around half an hour before arriving.", "en", None),
    ("If you'd like to leave without an early exit fee, you can do so by calling 0800 389 7700 before 31 March.", "You're free to leave without an early exit fee if you call 0800 389 7700 before 31 March.", "en", None),
    ("Bottled water is available, up to 2 packs per household.", "You can collect up to two packs of bottled water per household.", "en", None),
    ("При отказе от курса возвращается стоимость непройденных занятий. Сумма к возврату: 32 160 руб.", "При отказе от курса мы возвращаем стоимость непройденных занятий — к возврату 32 160 ₽.", "ru", None),
    # sets 85-87
    ("Your withdrawal was at 18:42 on 11 November.", "Your withdrawal was at 18:42 on 11 November. I'm sorry the machine kept your money over the weekend.", "en", "It took £200 at 18:40 on Saturday 11 November."),
    ("I have asked our lending team to listen to the recording of your call on 12 July.", "You mentioned that on your call of 12 July you were told there would be no fee, so I've asked our lending team to listen to that recording.", "en", None),
    ("The 4.75% bonus rate on the Bonus Saver applies only in months with no withdrawals.", "- The Bonus Saver pays 4.75% only in months without withdrawals.", "en", None),
    ("The parka in size M is in stock; we will send it as soon as your return of the L is scanned.", "We sent you a size L parka instead of the M you ordered. We'll send the M as soon as the return is scanned.", "en", None),
    ("Дарим промокод ВКУС200 — скидка 200 ₽ на заказ от 1 500 ₽.", "Для следующего заказа примите промокод ВКУС200: он даёт скидку 200 ₽ на заказ от 1500 ₽.", "ru", None),
    ("Новая зеркальная дверца (ширина 90 см) уже заказана на фабрике. Сборщик Алексей установит её 18 октября.", "Мы заменим треснувшую дверцу:\n1. Новая зеркальная дверца (ширина 90 см) уже заказана на фабрике.\n2. 18 октября сборщик Алексей её установит.", "ru", None),
    ("Курьер СДЭК заберёт красный и привезёт чёрный 3 июля.", "Нужный велосипед есть в наличии, и мы его заменим: 3 июля курьер СДЭК заберёт красный велосипед и привезёт чёрный.", "ru", None),
    ("Вернём 3 780 ₽ (2 × 1 890 ₽) на карту.", "Вернём на карту 3780 ₽ — по 1890 ₽ за каждую пачку.", "ru", None),
    ("We can extend GV-20417 once, until 31 December, if you book by 31 August. There'd be £7 to pay on the day.", "Thank you for getting in touch about your birthday voucher. We can extend GV-20417 once, to 31 December, provided you book by 31 August; you'd pay £7 on the day.", "en", "My gift voucher GV-20417 was a birthday present worth £85!"),
    ("Упаковку 50 мкг принесите с собой, если она не вскрыта — разницу 86 ₽ мы вернём на карту.", "Невскрытую упаковку 50 мкг принесите с собой — разницу 86 ₽ вернём на карту.", "ru", None),
    ("Если корм нужен срочно, заказ мы отменим и вернём 3 450 ₽ на карту.", "Раз корм нужен срочно, есть другой вариант. В этом случае мы отменим заказ и вернём 3 450 ₽ на карту.", "ru", None),
    # set 88, and what its fixes must not break
    ("The part was ordered on 14 May.", "The part was ordered on 14 May. I'm sorry we didn't keep you updated this week.", "en", None),
    ("The diagnostic is $149.95; if the fault is covered by the warranty, the diagnostic and repair are free.", "The diagnostic normally costs $149.95, but if the fault turns out to be covered, both the diagnostic and the repair are free.", "en", None),
    ("Для ремонта необходима диагностика, её стоимость 3 500 ₽.", "Для ремонта сначала нужна диагностика (3 500 ₽).", "ru", None),
    ("Мастер окрасит бампер 23 сентября, после сушки 24 часа начнётся сборка.", "23 сентября мастер окрасит бампер, после суточной сушки начнётся сборка.", "ru", None),
    ("Проверка одометра — бесплатно, в любой будний день с 9:00 до 18:00.", "Проверка одометра бесплатная: будни, 9:00–18:00.", "ru", None),
    ("You'll get a text with a 1-hour delivery window.", "You'll get a text with a one-hour delivery window.", "en", None),
    ("Приезжайте в офис с 9 до 19 без выходных.", "Офис открыт ежедневно с девяти утра до семи вечера.", "ru", None),
    ("Новую сим-карту выдадут за 10–15 минут.", "Новую SIM выпустят минут за десять-пятнадцать.", "ru", None),
    ("I have asked our credit control team to reallocate it today.\n\nThanks,\nBen Shaw, Credit Control", "Our credit control team is moving it today.\n\nThanks,\nBen Shaw\nCredit Control", "en", None),
    ("Раз вы покупали по старому описанию, мы подключили вам бассейн без доплаты.", "Мы подключили вам бассейн без доплаты.", "ru", None),
    # set 89
    ("Storage is free for 30 days from arrival. Because our reminder was never sent, we have waived storage charges until October 4.", "About storage: it's free for 30 days from arrival. We should have emailed you a reminder and didn't, so we've waived all storage charges until October 4.", "en", None),
    ("Доставка до двери после выпуска — 2–3 дня.", "Затем посылку доставят до двери за 2–3 дня.", "ru", None),
    ("Если доплата не поступит, отправление вернут в Москву, стоимость возврата — 3 900 ₽.\n\nВаш персональный менеджер — Елизавета Андреевна Миронова, e.mironova@expressline.ru.", "Если оплата не поступит, его вернут в Москву, а возврат будет стоить 3 900 руб. Если нужно что-то уточнить, пишите вашему персональному менеджеру, Елизавете Андреевне Мироновой: e.mironova@expressline.ru.", "ru", None),
    ("The pads are down to 2 mm, so we recommend replacing both.", "The pads are down to 2 mm. Your mechanic recommends replacing both.", "en", None),
    # set 90
    ("The buttonholes (6) and the arch are correct.", "The 6 buttonholes and the arch are correct.", "en", None),
    ("We've rebooked your tasting for 7 August, with 4 flavours (lemon & elderflower, salted caramel, raspberry & white chocolate, chai spice).", "Your new tasting is on 7 August, where you'll try lemon & elderflower, salted caramel, raspberry & white chocolate, and chai spice.", "en", None),
    ("Попробуете 4 начинки: «Фисташка–малина», «Солёная карамель», «Лимон–базилик», «Шоколад–вишня».", "Вы попробуете «Фисташку–малину», «Солёную карамель», «Лимон–базилик» и «Шоколад–вишню».", "ru", None),
    ("Флорист Наталья Игоревна привезёт их завтра к 10:00 и заберёт образцы.", "Флорист Наталья Игоревна привезёт их завтра к 10:00 и заодно заберёт образцы.", "ru", None),
    # set 91
    ("There's no charge for the return visit as it's covered by our 12-month workmanship guarantee.", "The return visit is free under our 12-month workmanship guarantee.", "en", None),
    # set 93
    ("Lessons cancelled by the instructor are not charged, so the £38 charge was made in error.", "You shouldn't have been charged the £38: when an instructor cancels, the lesson is free.", "en", None),
    ("You can choose between a 100% refund of your tuition ($640) or a transfer to the next cohort.", "You can choose a full refund of your $640 tuition or a transfer to the next cohort.", "en", None),
    ("If we haven't heard from you, the refund will be processed automatically on 15 April.", "Without a choice from you, the refund will be processed automatically on 15 April.", "en", None),
    ("If you'd like to move the remaining two instalments by one month, Nadia Brooks can set that up.", "If it would help to push your remaining two instalments back by a month, Nadia Brooks can arrange it.", "en", None),
    ("Grace is first on the reserve list. If a place becomes available, we will contact you.", "Grace is first on the reserve list. If a place becomes free, we'll contact you.", "en", None),
    # set 92
    ("Each passenger is entitled to €400, so for booking K7QX2P the total is €800. Payment is made by bank transfer within 14 business days of receiving the completed form.",
     "You're entitled to compensation: €400 each, €800 in total for booking K7QX2P. We'll pay by bank transfer within 14 business days of receiving the completed form.", "en", None),
    ("You will get £42.25 back. The money will go to the card you paid with (ending 6021) within 5 working days. If you prefer a rail voucher instead, reply by 31 October.",
     "You'll receive £42.25, refunded to your card ending 6021 within 5 working days. If you'd rather have a rail voucher than the card refund, reply by 31 October.", "en", None),
    ("You may choose one of the following free of charge: keep the new time or move to AU 108.", "You have three free options: keep the new time or move to AU 108.", "en", None),
    ("On 25 August we issued a refund of £312.40 (refund reference REV-55102).", "On 25 August we refunded £312.40, under refund reference REV-55102.", "en", None),
    ("Your £30 top-up was applied to the wrong meter. To add it, enter this 20-digit code: 5820 1147 3390 6612 0485.", "The £30 you topped up was credited to the wrong meter. To load it, type 5820 1147 3390 6612 0485 on the keypad.", "en", None),
    ("We have added you to our Priority Services Register and will deliver bottled water to your door by 6pm today.", "We've added you to our Priority Services Register, and we'll deliver bottled water to your door by 6 pm today.", "en", None),
    ("Выплата — в течение 10 рабочих дней после получения документов.", "Выплатим в течение 10 рабочих дней после получения документов.", "ru", None),
    ("За две ночи, 8 и 9 августа, мы вернём разницу — всего 3 200 ₽.", "За ночи 8 и 9 августа мы вернём разницу, всего 3 200 рублей.", "ru", None),
    ("Если он вам не нужен, вы можете получить деньги: заполните заявление до 30 июня.", "Вы можете вернуть деньги вместо ваучера: заполните заявление до 30 июня.", "ru", None),
    ("Оплатить можно в рассрочку — 3 платежа по 2 866,67 ₽ до 20 сентября, 20 октября и 20 ноября.", "Можно платить в рассрочку: по 2 866,67 ₽ до 20.09, до 20.10 и до 20.11.", "ru", None),
    # sets 94 and 95
    ("The payment of £20 was applied to 07700 900188 instead of your number 07700 900118. We moved the £20 to your number today.", "It had been credited to 07700 900188 rather than 07700 900118. We transferred the £20 to your number today.", "en", None),
    ("Договор можно переоформить на новый адрес без каких-либо платежей.", "Переоформить договор на новый адрес можно бесплатно.", "ru", None),
    ("Если переоформление вам не подходит, верните роутер до 31 августа — тогда компенсация составит 1 200 ₽ вместо 4 800 ₽.", "2. Расторгнуть договор и до 31 августа вернуть роутер — тогда компенсация будет 1 200 ₽, а не 4 800 ₽.", "ru", None),
    ("As a thank-you for your patience, here is code THANKS15 for 15% off your next order.", "As a thank-you for bearing with us, use code THANKS15 for 15% off your next order.", "en", None),
    ("The new pair is due on Friday 7 March by end of day. If the size 10 doesn't fit, you can return it free within 30 days.", "They're due by the end of Friday, 7 March. If the 10s don't fit, you can send them back free of charge within 30 days.", "en", None),
    ("Часы работы: пн–пт 9:00–21:00, сб–вс 10:00–20:00.", "Пункт работает в будни с 9 до 21, в выходные — с 10 до 20.", "ru", None),
    ("Если вам неудобно забирать там, можем бесплатно доставить курьером.", "Если вам неудобно ехать туда, курьер бесплатно привезёт заказ домой.", "ru", None),
    ("Но при браке вы имеете право на возврат денег. Если брака нет, серьги вернут вам.", "Если у серёг брак, вы можете вернуть за них деньги. Если нет, серьги отправят обратно вам.", "ru", None),
    ("Промокод СВЕЖЕСТЬ даёт скидку 300 ₽ на заказ от 1 500 ₽.", "Для следующего заказа есть промокод СВЕЖЕСТЬ: скидка 300 руб. на заказ от 1500 руб.", "ru", None),
    ("Замену отправим после поступления возврата на склад. Если нужной модели не будет, вернём 27 450 ₽.", "Замену отправим, как только возврат поступит на склад. Если замены не окажется в наличии, вернём 27 450 руб.", "ru", None),
    ("We received your return on 3 March.", "We received your size 9 return on 3 March.", "en", "I sent back the shoes in size 9 TWO WEEKS ago!"),
    # set 97
    ("As clearly stated on our menu, our kitchen handles sesame and we cannot guarantee any dish is free from traces.", "Our kitchen handles sesame, so we can't guarantee that any dish is completely free of traces.", "en", None),
    ("Мы готовы вернуть 30% стоимости торта — 1 140 ₽ — при наличии фото надписи.", "Мы вернём 30% стоимости торта — 1140 рублей. Для этого пришлите фото надписи.", "ru", None),
    ("Мы готовы вернуть 30% стоимости торта — 1 140 ₽ — при наличии фото надписи.", "Как получить назад 30% стоимости торта (1 140 ₽):\n1. Пришлите фото надписи.", "ru", None),
    ("We'll refund the £20 delivery fee if you send a photo of the label.", "We'll refund the £20 delivery fee. To get it, just send us a photo of the label.", "en", None),
    # sets 138 and 139
    ("The £300 security hold for booking MX-55812 was released by us on 5 March. It should show by 19 March at the latest.", "We released the £300 security hold for booking MX-55812 on 5 March, so the money should be back on your card by 19 March at the latest.", "en", None),
    ("The one-way fee of £75 applies to all rentals returned to a different branch, but it was not shown on your quote because of an error in our website's price display.", "The £75 one-way fee applies whenever a car is returned to a different branch, but a website error left it off the price display.", "en", None),
    ("Акция продлена до 15 августа: если до этой даты вы совершите ещё одну поездку дольше 15 минут, 3 000 бонусов начислятся автоматически в течение 48 часов.", "Акция продлена до 15 августа, так что до бонусов вам осталась одна поездка дольше 15 минут. После неё 3 000 бонусов придут автоматически в течение 48 часов.", "ru", None),
    ("Проверка занимает до 2 часов.", "На проверку уходит не больше 2 часов.", "ru", None),
    ("On 22 September the £15 charge was not paid, so we paid it to Transport for London on your behalf.", "On 22 Sept the £15 wasn't paid, and we paid it to TfL for you.", "en", None),
    ("You did cancel on 8 April at 3:10pm. Classes run Monday to Thursday, 6pm to 8:30pm.", "Your cancellation came in on 8/4 at 3:10 pm. Classes run Mon–Thu, 6–8.30pm.", "en", None),
    ("Промокод BONJOUR25 был активен до 31 мая. Разницу 4 500 ₽ мы вернём на карту.", "Скидка по BONJOUR25 вам полагалась: код действовал до 31 мая. Разницу 4 500 ₽ мы вернём на карту.", "ru", None),
    ("Разработчики исправят форму до 10 июня.", "Разработчики исправят форму до 10 июня, чтобы пробелы больше не мешали применять промокоды.", "ru", None),
    ("Если банк спишет очередной платёж 25 октября, не беспокойтесь — он тоже вернётся.", "Если 25 октября платёж всё-таки спишут, он тоже будет возвращён.", "ru", None),
    # sets 134 to 137
    ("I have issued a refund of £17.99 to your Visa card ending 4471; it will appear within 5–7 business days.", "I've refunded the duplicate charge.\n- Refund: £17.99 back to your Visa ending 4471 within 5 to 7 business days", "en", None),
    ("On trips abroad of up to 90 days you get the full UK catalogue.", "You can get the UK catalogue back for this trip, because travel access covers up to 90 days abroad.", "en", None),
    ("Возврат за эти месяцы делает оператор: для этого подайте заявление в его салоне.", "Вернуть эти деньги может оператор: подайте ему заявление в салоне связи.", "ru", None),
    ("Подписка за 299 ₽ при этом не прерывается и оплачивать её заново не нужно.", "Подписка (299 ₽) продолжает действовать, платить повторно не придётся.", "ru", None),
    ("Gift card codes ending in 9QXR belong to a batch sold through Target stores on 2 May.", "Codes ending 9QXR come from a batch sold at Target on May 2.", "en", None),
    ("We've already added 8 days to your annual plan, so it now runs until 23 March.", "To cover the days you missed, 8 days have already been added to your annual plan, which now ends on March 23.", "en", None),
    ("Take ibuprofen 400mg every 6–8 hours with food.", "Take ibuprofen 400 mg every 6–8 hours with food.", "en", None),
    ("On July 1 our billing system ran the collection early by mistake. We will refund the $189 to your account ending 0913 by July 8.", "This one's on us: our billing system collected your $189 early, on 1 July. The $189 goes back to your account ending 0913 by 8 July.", "en", None),
    ("Скол мы устраним по гарантии бесплатно: нужно прийти на осмотр.", "Скол на коронке — гарантийный случай. Всё исправим бесплатно, нужно только прийти на осмотр.", "ru", None),
    ("Мы можем предложить внутреннюю рассрочку клиники. Операция остаётся за вами на 17 мая при условии оформления до 10 мая.", "Мы можем предложить внутреннюю рассрочку клиники. Если оформите рассрочку до 10 мая, операция остаётся за вами на 17 мая.", "ru", None),
    ("You have two options. 1) Full refund of $2,150. 2) Exchange for the Mason modular version.", "You can choose:\n- Refund: $2150 back.\n- Swap: the Mason modular version.", "en", None),
    ("Изготовление двух окон займёт 14 рабочих дней, установка — 1 день.", "Два окна изготовят за 14 рабочих дней, установят за день.", "ru", None),
    ("Your claim handler is now me, Rebecca Lowe: rebecca.lowe@oakmutual.co.uk.", "I've taken over as your claim handler, so email me any time at rebecca.lowe@oakmutual.co.uk.", "en", None),
    ("Once we have it, we'll send your full records to Dr. Mensah within 3 working days. There is no fee for this.", "We'll then send Dr. Mensah your full records within three working days, free of charge.", "en", None),
    ("Use Sensodyne Rapid Relief twice a day.", "Sensodyne Rapid Relief twice daily helps.", "en", None),
    ("Лечение продолжит ортодонт Мария Олеговна Лаптева, у неё стаж 12 лет.", "Лечение продолжит Лаптева Мария Олеговна — ортодонт с двенадцатилетним стажем.", "ru", None),
    # sets 132 and 133
    ("2 bags (14 items, £23.70) were left in the van and will be redelivered tomorrow, 27 November, between 9am and 11am at no charge.", "Two bags (14 items, £23.70) stayed in the van. We'll bring them to you tomorrow, 27 November, between 9 and 11 am, at no charge.", "en", None),
    ("Как мы уже объясняли, возврат был выполнен 6 февраля: 2 870 ₽ за заказ № 77-30215.", "Мы вернули 2 870 ₽ за заказ № 77-30215 ещё 6 февраля.", "ru", None),
    ("We replaced the lactose-free milk with ordinary milk.", "That meant ordinary milk instead of the lactose-free milk your son needs.", "en", None),
    # sets 128 to 131
    ("If you switch on or after 14 March 2025, no charge applies.", "Switch on or after 14 March 2025 and there's no charge at all.", "en", None),
    ("In Zone 2 without a pass, calls are charged at £1.80 per minute.", "In Zone 2, without a pass, calls cost £1.80 per minute.", "en", None),
    ("PAYG credit cannot be transferred to a monthly contract. However, unused credit of £10 or more can be refunded if you apply within 90 days of the change.", "PAYG credit can't be carried over to a contract, but there is a way to get your credit back. Unused credit of £10 or more can be refunded as long as you apply within 90 days of the change.", "en", None),
    ("Новый QR-код направлен на d.orlov@mail.ru.", "Мы уже отправили новый QR-код на d.orlov@mail.ru.", "ru", None),
    ("Опция «Армения+» за 150 ₽ в сутки включает 60 минут входящих в сутки.", "Опция «Армения+» стоит 150 ₽ в сутки и включает 60 минут входящих ежедневно.", "ru", None),
    ("Входящие звонки бесплатны только в странах группы «Популярные».", "Бесплатные входящие есть только в группе «Популярные».", "ru", None),
    ("Вернуть 740 ₽ обязан прежний оператор по вашему заявлению. Срок возврата — до 30 дней с момента подачи заявления.", "Вернуть вам 740 ₽ прежний оператор обязан по вашему заявлению. Вернуть деньги должны в течение 30 дней с момента подачи заявления.", "ru", None),
    ("Rent for 1 July (£48) will be deducted from your August payment.", "The rent for 1 July (£48) will be taken off your August payment.", "en", None),
    ("A credit note for £416 will be issued against INV-3302 within 3 business days, and future invoices will apply the reverse charge.", "We'll issue a credit note for £416 against INV-3302 within 3 business days, and from now on your invoices will apply the reverse charge.", "en", None),
    ("The duplicate transaction (ending 4472) was refunded today, 14 January. Refund reference: RF-88120.", "- Duplicate: transaction ending 4472\n- Refunded: 14 Jan (reference RF-88120)", "en", None),
    ("Existing annual customers keep their current price until their renewal date; yours is 14 July.", "As an annual customer you keep your current price until your renewal date, which is 14 July.", "en", None),
    ("В порядке исключения готовы расторгнуть договор и вернуть 60% суммы — 111 600 ₽ — при условии, что подписанное заявление поступит к нам до 20 февраля.", "В виде исключения предлагаем расторгнуть договор с возвратом 60% — 111 600 ₽. Условие: подписанное заявление должно прийти к нам до 20.02.", "ru", None),
    ("В октябре ваш аккаунт выполнил 1 420 000 запросов. Тариф «Расширенный» включает 2 000 000 запросов.", "В октябре было 1,42 млн запросов. Тариф «Расширенный»: 2 млн запросов.", "ru", None),
    ("For 8 users you are billed for 10 seats: 10 x $25 x 12 = $3,000/year.", "You're billed for the 10-seat minimum: 10 × $25 × 12 = $3,000/yr.", "en", "I tried to upgrade to Business for our 8 people and got quoted $3,000."),
    ("Сумма брони возвращается в полном объёме в течение 10 рабочих дней.", "Бронь 10 000 ₽ мы вернём вам полностью в течение 10 рабочих дней.", "ru", "Я внёс бронь 10 000 ₽, а квартиру сдали другим."),
    ("Если жалоба будет удовлетворена, уплаченный штраф возвращается на основании отдельного заявления о возврате.", "Если жалобу удовлетворят, а штраф вы уже оплатили, деньги вернут — для этого нужно подать отдельное заявление о возврате.", "ru", None),
    ("При изменении состава семьи необходимо сообщить об этом в Социальный фонд в течение 10 рабочих дней.", "Если изменится состав семьи, сообщите в Соцфонд в течение 10 рабочих дней.", "ru", None),
    ("Пособие выплачивается 2 раза в месяц при условии своевременной явки на перерегистрацию.", "Пособие выплачивается дважды в месяц, если вы вовремя приходите на перерегистрацию.", "ru", None),
    ("Исправленную схему можно подать повторно, рассмотрение займёт 7 рабочих дней.", "Понимаю, как неприятно, когда вы платите за каждый день ожидания. Исправленную схему можно подать повторно — рассмотрение займёт 7 рабочих дней.", "ru", None),
    ("Для подтверждения периода работы с 1990 по 1992 год требуется архивная справка.", "Для периода 1990–1992 гг. нужна архивная справка.", "ru", None),
    ("Доплата 7 150 руб. будет перечислена вместе с пенсией за апрель 18 апреля.", "Доплату 7 150 рублей перечислим вместе с апрельской пенсией 18 апреля.", "ru", None),
    # sets 126 and 127
    ("If it is declined, the replacement screen would cost £1,145 including VAT, and we will phone you before any work is done.", "What happens next depends on their decision:\n- Approved: the screen is free under your warranty.\n- Declined: a replacement screen costs £1,145 including VAT. We'll phone you before doing any work.", "en", None),
    ("If you haven't received them by May 25, call our title clerk at (555) 019-4420, Monday to Friday 8:30–4:30.", "If the plates haven't arrived by May 25, call our title clerk at (555) 019-4420, Monday to Friday, 8:30 a.m. to 4:30 p.m.", "en", None),
    ("Доплата 7 800 ₽ — это помпа (4 900 ₽) и работа по её замене (2 900 ₽). Итого — 26 300 ₽.", "Из чего сложилась сумма:\n— замена ремня ГРМ — 18 500 ₽;\n— помпа — 4 900 ₽;\n— работа по замене помпы — 2 900 ₽.\nДоплата — 7 800 ₽, всего — 26 300 ₽.", "ru", "Сдал машину на замену ремня ГРМ, назвали 18 500 ₽."),
    ("Диагностика займёт 2–3 часа.", "Диагностика займёт от 2 до 3 часов.", "ru", None),
    ("Предлагаем два варианта на выбор:\n1) восстановление двух дисков в мастерской за наш счёт;\n2) компенсация 7 000 ₽ за каждый диск.", "Выберите, как вам удобнее:\n— восстановим оба диска за наш счёт в мастерской;\n— или переведём на карту по 7 000 рублей за каждый диск.", "ru", None),
    ("The good news is that Saturday 6 September 2025 is still available!! Your £2,000 deposit will be moved to the new date in full.", "Saturday 6 September 2025 is still free, so we can move your wedding there. Your £2,000 deposit moves across to 6 September in full.", "en", None),
    ("Мы возместим вашим гостям проживание в соседнем отеле, если до 20 августа они пришлют чеки на booking@sosny-park.ru.", "Возмещаем гостям проживание в соседнем отеле. Для этого до 20 августа им нужно прислать чеки на booking@sosny-park.ru.", "ru", None),
    ("На следующий заказ действует скидка 15% по промокоду TORT15 до 31 декабря.", "На следующий заказ у вас скидка 15% по промокоду TORT15, он действует до 31 декабря.", "ru", None),
    ("Мы предлагаем замену: ведущий Илья Соколов. Если замена вам не подходит, мы вернём аванс 20 000 ₽ полностью.", "Есть два варианта:\n1. Замена — ведущий Илья Соколов.\n2. Отказ от замены — тогда вернём аванс 20 000 ₽ полностью.", "ru", None),
    # sets 124 and 125
    ("We have corrected invoice INV-55201: the date of birth now reads 12/04/1986.", "Invoice INV-55201 now shows your date of birth as 12 April 1986.", "en", None),
    ("Деньги за отменённую гигиену, 4 500 ₽, мы вернём. Возврат проводится в течение 10 рабочих дней на ту же карту, с которой была оплата.", "4 500 ₽ за отменённую гигиену мы вернём. Деньги вернутся на ту же карту, с которой вы платили, в течение 10 рабочих дней.", "ru", None),
    ("Со следующего месяца платёж будет списываться 20-го числа, повторного списания 20 октября не будет. Осталось 4 платежа, последний — 20 февраля.", "20 октября повторно ничего не спишется; со следующего месяца платёж будет списываться 20-го числа. Осталось 4 платежа, последний — 20 февраля.", "ru", None),
    ("The missed lessons will be added to the end of the term. If those dates don't suit you, we can refund $28 to your card instead.", "There are two ways to make up for them:\n- Extra lessons: the missed lessons are added to the end of the term.\n- Refund: if those dates don't suit you, we can refund $28 to your card instead.", "en", None),
    ("Если турникет не сработает, подойдите на ресепшен с паспортом — заменим браслет бесплатно, раз ошибка наша. Ресепшен работает с 7:00 до 23:00 в будни и с 9:00 до 21:00 в выходные.", "Если турникет не откроется:\n1. Подойдите на ресепшен с паспортом.\n2. Мы бесплатно заменим браслет — ошибка наша.\n\nРесепшен работает в будни с 7 утра до 11 вечера, в выходные — с 9 утра до 9 вечера.", "ru", None),
    ("Эту неявку мы сняли и блокировку отменили сегодня в 14:25.", "Блокировку мы сняли сегодня в 14:25. Простите, что из-за сбоя приложения вы на время остались без записи. Эту неявку мы сняли.", "ru", None),
    # sets 122 and 123
    ("Платёж по ипотеке можно внести без приложения, в кассе отделения.", "Внести платёж по ипотеке до 20-го можно и без приложения, в кассе отделения.", "ru", "Мне нужно срочно оплатить ипотеку до 20-го."),
    ("Your card ending 8823 was cancelled today and a new card was posted to your home address this afternoon.", "Your old card ending 8823 was cancelled today. The replacement went in the post to your home address this afternoon.", "en", None),
    ("Если карту снова заблокируют, звоните +7 495 980-22-11 (бесплатно из роуминга через приложение).", "Если карту всё же заблокируют, звоните по номеру +7 495 980-22-11: через приложение из роуминга это бесплатно.", "ru", None),
    ("Пополняйте карту из нашего приложения — деньги поступают мгновенно и без комиссии.", "Удобнее пополнять карту из нашего приложения — там деньги зачисляются сразу и без комиссии.", "ru", None),
    ("You have two options:\n- Rebooking free of charge on NX221 on the same day.\n- A full refund of the ticket, €312.60, within 7 working days.", "You can choose between two options:\n\n- Free rebooking onto NX221 the same day.\n- A full refund of the ticket, €312.60, within 7 working days.", "en", None),
    ("Вам доступны два варианта:\n1. Бесплатно перебронировать билет на рейс AV 527 того же дня.\n2. Оформить вынужденный возврат полной стоимости билета — 7 860 ₽.", "Вы можете выбрать один из двух вариантов.\n\nБесплатное перебронирование:\n— на AV 527 в тот же день.\n\nВынужденный возврат:\n— вся стоимость билета, 7860 рублей, вернётся на карту.", "ru", None),
    ("Our records show that voucher VCH-88K2-T71 for €480 was issued on 12 January after flight NX604 was cancelled.", "Voucher VCH-88K2-T71 for €480 was issued on 12 January after flight NX604 was cancelled. I'm sorry you were given a voucher when you wanted your money.", "en", None),
    ("As you were rebooked on NX812 the following day, we will reimburse your hotel and transport costs. Please send the hotel invoice and taxi receipt to claims@nexair.com.", "You were rebooked on NX812 the following day. Here is what we'll pay:\n\n- Your hotel and transport costs. Please email the hotel invoice and the taxi receipt to claims@nexair.com.", "en", None),
    # sets 116 to 119
    ("Dear customer,\n\nYour enquiry is important to us. Your travel delay claim TD-88213 for flight TOM2604 on 14 August has been reviewed. Your policy pays £25 for every full 12 hours of delay, up to £250, so for a 19-hour delay you receive £25.\n\nThe hotel cost of £210 isn't covered under travel delay; you should have claimed it from the airline, which must provide accommodation under UK261 for overnight delays. You can still make that claim at tui.co.uk/delay-claim.\n\nWe will pay the £25 to your card ending 0932 within 5 working days.\n\nSunway Travel Insurance", "Hi Megan,\n\nWe've reviewed your travel delay claim TD-88213 for flight TOM2604 on August 14th. Your policy pays £25 for every full 12 hours of delay, up to £250, so for a 19-hour delay we'll pay £25.\n\nThe £210 hotel cost isn't covered under travel delay, but you can still claim it from the airline: under UK261 they must provide accommodation for overnight delays. You can make that claim at tui.co.uk/delay-claim.\n\nWe'll pay the £25 to your card ending 0932 within 5 working days.\n\nSunway Travel Insurance", "en", "Our flight from Manchester to Tenerife was delayed 19 hours. I paid £210 for a hotel at the airport with two kids and you're offering £25? What is the point of this insurance?\nMegan Price"),
    ("We will pay £1,750 for the treatment. In total £2,000 will go to your bank account on 22 March.", "We will pay £1,750 for the treatment. In total, £2,000 will be paid into your bank account on March 22nd.", "en", None),
    ("We can replace it with an equivalent model, delivered within 10 working days, or pay you a cash settlement of £720.", "You can choose how we settle it.\n\nOption 1, a replacement: an equivalent model, delivered within 10 working days.\n\nOption 2, cash: a settlement of £720.", "en", None),
    ("The left knee is excluded. We will pay the right-knee consultation of £385.", "We've reviewed the claim, and we can only cover part of it. We will pay the right-knee consultation of £385.", "en", None),
    ("Our fitter will come back on 14 March between 8:00 and 12:00 to finish the wardrobe at no extra cost.", "Our fitter will come back on 14 March between 8:00 and 12:00 to finish the wardrobe. There's no extra charge for this visit.", "en", None),
    ("We have rebooked it for Friday 9 May with a 2-hour slot of 10:00–12:00.", "Your delivery is now booked for Friday, May 9, between 10 am and 12 pm.", "en", None),
    ("Лимит ответственности по полису — 150 000 ₽, франшиза — 0.", "Лимит ответственности по полису — 150 000 рублей, франшизы нет.", "ru", None),
    ("Лимит ответственности по полису — 150 000 ₽, франшиза — 0.", "Лимит ответственности по полису — 150 000 рублей, франшиза не предусмотрена.", "ru", None),
    ("По вопросам доступности звоните администратору зала: +7 (812) 400-18-25, будни с 10:00 до 19:00.", "Если будут вопросы о доступности, звоните администратору зала: +7 (812) 400-18-25, по будням с 10 до 19 часов.", "ru", None),
    ("Здравствуйте!\n\nИзвините, если перенос доставил вам хлопоты. Концерт Алисы Морозовой в КРК «Пирамида» 20 сентября перенесён на 18 октября по решению организатора из-за технических работ на площадке. Начало, как и раньше, в 20:00. Ваш билет (танцпартер, заказ КЗН-40771) действует на новую дату. Если 18 октября вам не подходит, можно вернуть полную стоимость билета — 4 200 ₽; заявку нужно подать до 1 октября через форму на сайте kontsert-tur.ru/refund. Как уже было сказано в рассылке, расходы на проезд и проживание организатор не компенсирует.\n\nС уважением,\nкоманда «Концерт-Тур»", "Здравствуйте, Дмитрий!\n\nОрганизатор перенёс концерт Алисы Морозовой в КРК «Пирамида» с 20 сентября на 18 октября: на площадке идут технические работы. Начало — как и раньше, в 20:00.\n\nЧто можно сделать:\n1. Пойти на концерт 18 октября. Ваш билет в танцпартер (заказ КЗН-40771) действует на новую дату.\n2. Вернуть билет. Полную стоимость — 4200 рублей — вернём, если вы подадите заявку через форму на kontsert-tur.ru/refund до 1 октября.\n\nРасходы на проезд и проживание организатор не компенсирует. Понимаю, как это обидно, когда поезд и гостиница уже оплачены.\n\nС уважением,\nкоманда «Концерт-Тур»", "ru", "Мы собирались на концерт Алисы Морозовой в Казани 20 сентября, уже купили билеты на поезд и забронировали гостиницу. Теперь концерт переносят! Кто мне вернёт деньги за гостиницу и поезд? Билет стоил 4 200 рублей.\nДмитрий Зайцев"),
    ("В качестве исключения мы можем обменять ваши билеты на спектакль 22 февраля, при условии, что места будут той же ценовой категории.", "В качестве исключения мы можем обменять ваши билеты на спектакль 22 февраля. Условие одно: новые места должны быть той же ценовой категории.", "ru", None),
    # sets 112 and 113
    ("Next time, if a car is dirty, you can also end the booking within the first 10 minutes at no cost and choose another car.", "Next time a car is dirty, you can also end the booking within the first 10 minutes at no cost and choose another car.", "en", None),
    ("You can resend them from Developers > Webhooks > Failed events with \"Replay all\".", "To resend them:\n1. Go to Developers > Webhooks > Failed events.\n2. Click \"Replay all\".", "en", None),
    ("Мы вернули 950 ₽ бонусными баллами на ваш счёт, они действуют 90 дней.", "Мы вернули 950 ₽ бонусными баллами на ваш счёт. Баллы уже доступны и действуют 90 дней.", "ru", None),
    ("Опция «Полная защита» снижает франшизу с 50 000 ₽ до 0 ₽ по повреждениям кузова.", "Опция «Полная защита» снижает франшизу с 50 000 рублей до нуля по повреждениям кузова.", "ru", None),
    ("По договору SLA (доступность 99,9% в месяц) за такой простой положена компенсация.", "По договору SLA мы гарантируем доступность 99,9% в месяц, поэтому за такой простой положена компенсация.", "ru", None),
    # sets 110 and 111
    ("We have refunded the duplicate payment of £32.99 today. It should reach your bank account within 3-5 working days, depending on your bank.", "We refunded the duplicate £32.99 today. Depending on your bank, it should be back in your account within 3 to 5 working days.", "en", None),
    ("Замена бесплатная, занимает около 15 минут.", "Замена бесплатная и занимает около 15 минут.", "ru", None),
    ("Мастер бесплатно заменит кабель, работа займёт 1–1,5 часа.", "Мастер бесплатно заменит кабель, работа займёт от часа до полутора.", "ru", None),
    ("Как уже было сказано в правилах программы, баллы действуют 180 дней с момента начисления. Чтобы видеть срок действия баллов, откройте в приложении «Бонусы» → «История».", "Баллы по программе действуют 180 дней с момента начисления. Срок действия баллов всегда видно в приложении: «Бонусы» → «История».", "ru", None),
    ("Второй платёж — это холдирование, которое банк поставил при повторной попытке оплаты в 21:14 17 ноября. Мы уже отменили холдирование со своей стороны.", "Второй платёж — это холдирование, которое банк поставил при повторной попытке оплаты в 21.14 17 ноября. Мы уже отменили холдирование со своей стороны.", "ru", None),
    ("To install it, go to Settings > Mobile Data > Add eSIM and scan the code. Please keep Wi-Fi on while you install it.", "To install it:\n1. Keep Wi-Fi switched on.\n2. Go to Settings > Mobile Data > Add eSIM.\n3. Scan the QR code.", "en", None),
    # sets 104 to 107
    ("Ваш вывод 1 200 USDT по сети TRC20 создан 12 марта.", "Ваш вывод 1200 USDT по сети TRC20 создан 12 марта.", "ru", None),
    ("As explained in the FAQ, Bitcoin withdrawals are not instant. Your withdrawal of 0.0425 BTC was broadcast on 3 March.", "Your withdrawal of 0.0425 BTC was broadcast on 3 March.", "en", None),
    ("Свободное плавание: пн–пт 7:30–9:00, сб–вс 8:00–13:00.", "Свободное плавание: понедельник–пятница 7:30–9:00, суббота и воскресенье 8:00–13:00.", "ru", None),
    ("Паспорт изготавливается в течение 1 месяца с даты подачи.", "Паспорт делают до одного месяца с даты подачи.", "ru", None),
    ("Ваша бронь корта № 2 на 11 июня в 19:30 остаётся в силе.", "Корт № 2 забронирован за вами на 11 июня, 19:30.", "ru", None),
    ("Если не хотите продолжать, вернём деньги за оставшиеся тренировки — по 1 500 ₽.", "Для оставшихся тренировок есть два варианта:\n1. Продолжить с другим тренером.\n2. Вернуть деньги за оставшиеся тренировки: по 1 500 ₽ за каждую.", "ru", None),
    ("Мы можем предоставить рассрочку на 6 месяцев: по 3 100 ₽ ежемесячно.", "Условия рассрочки:\n— срок — 6 месяцев;\n— платёж — 3 100 ₽ в месяц.", "ru", None),
    # sets 102 and 103
    ("Unfortunately the cake was not in stock.", "Unfortunately the cake was not in stock. We're not able to offer a free replacement cake.", "en", None),
    ("If none of these work, we will refund the deposit in full within 10 working days.", "If none of them suit you, we'll refund it in full within 10 working days.", "en", None),
    ("We have arranged a courtesy car for you from tomorrow. The courtesy car is free of charge for the duration of the repair.", "A courtesy car is ready for you from tomorrow. It's free for the whole repair.", "en", None),
    ("Водитель взял с вас 4 000 ₽. Мы вернём вам 4 000 ₽.", "4000 ₽, которые взял водитель, мы вернём полностью.", "ru", None),
    ("Обменять его можно в нашем шиномонтаже на ул. Ленина, 120 с 8:00 до 21:00, замена займёт около 15 минут и будет, конечно, бесплатной, включая балансировку.", "Обменять колесо можно в нашем шиномонтаже на ул. Ленина, 120, с 8:00 до 21:00. Это займёт около 15 минут и ничего не будет стоить, балансировка тоже бесплатно.", "ru", None),
    ("The camera of your iPhone 14 Pro will be repaired. The label is valid for 14 days.", "We'll repair the camera of your iPhone 14 Pro. The label is valid for 14 days.", "en", None),
    ("The air-con compressor on your 2018 Audi A3 (reg. WR18 NVU) has failed.", "The air-conditioning compressor on your Audi A3 (WR18 NVU) has failed.", "en", None),
    # sets 100 and 101
    ("Ближайшая пересдача — 16 апреля в 11:00.", "Понимаю, как обидно не добрать всего два балла. Ближайшая пересдача — 16 апреля в 11:00.", "ru", None),
    ("Курс стоил 12 900 ₽. Возврат возможен, только если пройдено менее 20% курса, а у вас пройдено 70%.", "Вернуть 12 900 руб. мы не можем: возврат возможен, пока пройдено меньше 20% курса, а у вас — 70%.", "ru", None),
    ("Возврат возможен, только если пройдено менее 20% курса.", "Вернуть деньги, к сожалению, не получится: возврат возможен, только если пройдено менее 20% курса.", "ru", None),
    ("По вопросу компенсации: вы можете направить претензию на claims@haier-service.ru.", "Что касается компенсации, вы можете направить претензию на claims@haier-service.ru.", "ru", None),
    ("С карты списана полная стоимость курса — 96 000 ₽. Мы оформили возврат 96 000 ₽ сегодня.", "С карты списалась вся стоимость курса, 96 000 ₽. Сегодня мы оформили возврат всей суммы.", "ru", None),
    ("Мы можем перевести вас в вечернюю группу. Если вариант не подходит, вернём 24 000 ₽ полностью.", "Вариантов два:\n1) перейти в вечернюю группу;\n2) получить назад 24 000 руб. целиком.", "ru", None),
    ("Мастер обнаружил окисление на плате.", "Мастер обнаружил окисление на плате. Понимаю, что вы рассчитывали на быструю замену батареи.", "ru", None),
    ("Если диагностика покажет заводской дефект, франшиза не взимается.", "Если диагностика покажет заводской дефект, франшизу с вас не возьмут.", "ru", None),
    ("We have decided to repair the rear camera at no charge as a one-off goodwill gesture.", "We're going to repair the rear camera free of charge, as a one-off goodwill gesture.", "en", None),
    ("You can collect the laptop free of charge within 30 days, or we can return it by courier for £12.50.", "You can collect the laptop free of charge within 30 days, or we can courier it back to you for £12.50.", "en", None),
    ("The UK top cover is due on 18 April. There is no cost for the re-repair.", "Here's how we'll put it right, at no cost to you:\n- The UK top cover is due on 18 April.", "en", None),
    ("You can transfer to a new date for a reduced fee of £95 instead of the full £245.", "You won't need to pay the full £245 again: you can transfer to a new date for a reduced fee of £95.", "en", None),
    ("Your options:\nA) New SSD: £139.\nC) Collect the laptop as it is.", "Here's what we can do:\n- A) Fit a new SSD: £139.\n- C) Leave the laptop as it is for you to collect.", "en", None),
    ("Your options:\n1. A new 512 GB SSD costs £139.", "Your options:\n1. **Replace the SSD.** A new 512 GB SSD costs £139.", "en", None),
    ("Пройти тест заново можно до 23:59 27 октября.", "Пройти тест заново можно до конца дня 27 октября (23:59).", "ru", None),
    ("Группу будет вести Денис Олегович по четвергам с 17:00 до 18:30.", "Группу берёт Денис Олегович — по четвергам, с пяти до половины седьмого вечера.", "ru", None),
    # sets 98 and 99
    ("After your meter ran out on Saturday, it switched to emergency credit.", "I'm sorry you spent two days on emergency credit after your meter ran out on Saturday.", "en", None),
    ("The £45 cable fee has been reversed. You'll see it back on your card within 3 working days.", "We've reversed the £45 cable fee, and it'll be back on your card within 3 working days.", "en", None),
    ("Стоимость аренды 3 200 ₽ в сутки остаётся без изменений.", "Сама аренда остаётся по прежней цене — 3 200 ₽ в сутки.", "ru", None),
    # set 96
    ("Because the renewal on 20 August falls within the 30-day window, you're eligible for a full refund of $143.76 if you cancel before 19 September.", "The renewal can be fully refunded. The $143.76 charge from 20 August is inside the 30-day window, so you'll get the full amount back as long as you cancel before 19 September.", "en", None),
    ("Тариф действует до 20 января 2026 года. Ничего докупать не нужно.", "Тариф действует до 20.01.2026, доплачивать ничего не нужно.", "ru", None),
    ("Тариф привязался ко второму аккаунту.", "Тариф привязался ко второму аккаунту. Поэтому основной аккаунт и показывал бесплатные 10 ГБ.", "ru", "Основной аккаунт показывает бесплатные 10 ГБ!"),
    ("Три урока мы компенсируем отдельно: 3 × 650 ₽ = 1 950 ₽, эти деньги вернутся вместе с основной суммой.", "Мы отдельно компенсируем три урока: 3 × 650 ₽ = 1 950 ₽. Эта сумма вернётся вместе с основной.", "ru", None),
]
CAUGHT_79_ON = [
    # sets 260 and 261
    ("The salver is ready to collect.", "The salver is ready to collect. If the engraving isn't to your liking, we'll source and engrave a new salver for you.", "en"),
    ("We've refunded the £6.95 delivery charge.", "We've refunded the £6.95 delivery charge. Next time you order, we'll bring it over in our own van first thing in the morning.", "en"),
    ("If it hasn't arrived by 20 December, please email us.", "If it hasn't arrived by 20 December, please email us. I'll give your mum a ring myself on the 20th to check it has arrived.", "en"),
    ("Если хотите, мы довезём недостающие 800 г завтра, 8 июня, с 12:00 до 15:00.", "Если хотите, завтра, 8 июня, с 12 до 15 часов привезём оставшиеся 800 г, а к ним — банку маринада от нашего шефа в подарок.", "ru"),
    ("Стоимость доставки — 390 ₽ — мы сегодня вернули вам на карту.", "Стоимость доставки — 390 ₽ — мы сегодня вернули вам на карту. Следующий подарок маме отвезёт наш собственный курьер.", "ru"),
    # sets 258 and 259
    ("Callum found the old wheel cracked on 9 June, and that was our mistake.", "Callum found the old wheel cracked on 9 June, and that was our mistake, so if you keep the new wheel, we'll go halves with you on it.", "en"),
    ("Если касса снова откажет, покажите это письмо продавцу — Артём или Лиза проведут оплату вручную.", "Если касса снова откажет, покажите это письмо продавцу — Артём или Лиза проведут оплату вручную, а к покупке добавят в подарок антистатическую щётку.", "ru"),
    ("Простите, что вас не пустили.", "Простите, что вас не пустили, — на следующие прослушивания мы будем бронировать вам места в первую очередь.", "ru"),
    ("Our technician has replaced the blower.", "Our technician has replaced the blower. From now on, any call you make to us about a booking will go straight to a senior manager.", "en"),
    ("If the money hasn't come back by 26 August, Owen Price from finance will chase it.", "If the money hasn't come back by 26 August, Owen Price from finance will chase it — and if your bank still hasn't released it by then, we'll transfer the £89.50 to you ourselves.", "en"),
    ("Сегодня утром мы вернули половину стоимости аренды, 4 250 ₽ из 8 500 ₽, на карту, оканчивающуюся на 7731.", "Сегодня утром мы вернули половину стоимости аренды — 4 250 ₽ из 8 500 ₽ — на вашу карту 7731, а вторую половину, ещё 4 250 ₽, мы вам тоже возместим.", "ru"),
    ("Заказ отменён, предоплату мы вернули.", "Заказ отменён, предоплату мы вернули. А если в будущем вам снова придётся отменить заказ, удерживать ничего не будем.", "ru"),
    # sets 256 and 257
    ("Sadia works Monday to Thursday on 01603 718 442.", "Sadia works Monday to Thursday on 01603 718 442, and she'll give you a ring on Monday.", "en"),
    ("The balance of £2,310.00 is due on 12 June.", "The balance of £2,310.00 is due on 12 June, but we're happy to give you an extra week to pay it.", "en"),
    ("Стоимость торта, 1 200 ₽, кондитерская вернёт вам сама до 5 августа.", "Стоимость торта, 1 200 ₽, кондитерская вернёт до 5 августа; если затянет, эти 1 200 ₽ мы вернём вам сами.", "ru"),
    ("Работы начнутся в понедельник, 25 ноября, в 8:30.", "Работы начнутся в понедельник, 25 ноября, в 8:30, а если бригада освободится раньше, мы первым делом направим её к вам.", "ru"),
    # sets 254 and 255
    ("Next time you book, quote code FASTLAP5 and the helmet upgrade is included at no extra cost.", "The helmet upgrade is included at no extra cost.", "en"),
    ("Сертификат можно использовать в будни, а в выходные — с доплатой 300 руб.", "Сертификат действует в будни, в выходные — тоже без доплаты.", "ru"),
    ("The equipment normally rents for $65 a day.", "The equipment normally rents for $65 a day; keep the thermostat above 65°F.", "en"),
    ("I can turn that £25 into credit towards a new booking, as long as you rebook before 31 March.", "I can turn that £25 into credit towards a new booking if you rebook before 31 March, and if you don't, we'll refund the £25 anyway.", "en"),
    # sets 252 and 253
    ("Our supplier quoted £180 + VAT for the repair, £216 in total.", "Our supplier quoted £180 + VAT for the repair, £216 in total. If you disagree with that figure, we'll have the damage assessed independently at our own expense.", "en"),
    # sets 250 and 251
    ("The empty costs £285.00 including VAT for up to 4,500 litres.", "The empty would normally cost £285.00 including VAT for up to 4,500 litres, but as you lost a morning off work, this one is on us.", "en"),
    ("Kelly Osei will inspect on 15 July at 10:00 and relay that section free of charge.", "Kelly Osei will inspect on 15 July at 10:00 and relay the section at no cost to you; the relaying takes about half a day.", "en"),
    ("Бракованные наклейки можно не возвращать. Курьер привезёт тираж бесплатно.", "Старые наклейки возвращать не нужно, а наклеить новые на витрину к вам бесплатно приедет наш монтажник. Курьер привезёт тираж бесплатно.", "ru"),
    # sets 246 and 247
    ("Should the shrinkage be over 3%, we'll cover relining up to £340.", "Should the shrinkage be over 3%, we'll cover relining up to £340, and if the curtains can't be saved, we'll have a new pair made to the same measurements.", "en"),
    # sets 244 and 245
    ("Payment is due within 30 days of 14 February.", "Payment is due within 30 days of 14 February, though if it helps, we're happy for you to pay it in instalments.", "en"),
    ("Леса демонтируем 20 мая, аренда — по 1 240 ₽ в сутки.", "Леса демонтируем 20 мая, аренда — по 1 240 ₽ в сутки. Дни, пока леса стояли недособранными, в аренду не включим.", "ru"),
    ("Если к 16 октября посылки не будет, напишите нам на shop@belaya-rosa.ru.", "Если к 16 октября посылки не будет, напишите нам на shop@belaya-rosa.ru — мы сразу отправим вам такое же платье курьером.", "ru"),
    ("Your £240 quote included £40 for repairing the lace on the train plus a £30 rush fee.", "Your £240 quote included £40 for repairing the lace on the train, which took our team about two hours, plus a £30 rush fee.", "en"),
    ("We've booked your first fitting with Mei Lin for Thursday 9 October at 4.30 pm.", "We've booked your first fitting with Mei Lin for Thursday 9 October at 4.30 pm; please set aside around two hours for it.", "en"),
    # sets 242 and 243
    ("Please email the £85 recovery invoice to us; our manager Lisa Grant will review it.", "Please email the £85 recovery invoice to us; our manager Lisa Grant will review it and make sure you're not left out of pocket.", "en"),
    ("When the part arrives, Fatima will call you to arrange a time for the fitting.", "When the part arrives, Fatima will call you to arrange a time for the fitting, and when you come in your car will go straight into a bay ahead of other bookings.", "en"),
    ("The two sensors cost £130 altogether. If the light still comes on afterwards, we'll test the sensors.", "The two sensors cost £130 altogether. If the light still comes on afterwards, we'll test the sensors, and if we can't get them working you'll have the £130 back.", "en"),
    ("We refunded the extra $24.99 to your Visa on May 3.", "We refunded the extra $24.99 to your Visa on May 3, and I'll check on it with our payment processor myself and email you once it has gone through.", "en"),
    ("Marek Nowak will fit the machine on Tuesday 10 June.", "Marek Nowak will fit the machine on Tuesday 10 June; he'll phone you the day before to confirm he's on his way.", "en"),
    ("The monthly charge moves from £212.00 to £227.90 on 1 April.", "The monthly charge moves from £212.00 to £227.90 on 1 April. For the school, though, we'll keep the current £212.00 rate for now.", "en"),
    ("Our technician can code them on Thursday 7 March at 9:15 am; it takes about 20 minutes and there is no charge.", "Our technician can code them on Thursday 7 March at 9:15 am; it takes about 20 minutes.", "en"),
    ("Если новая цена вам не подходит, договор можно расторгнуть без штрафа до 25 января.", "Если новая цена вам не подходит, договор можно расторгнуть до 25 января.", "ru"),
    # sets 240 and 241
    ("If you go ahead with the repair before 28 May, the £35 will be deducted from the total.", "If you go ahead with the repair before 28 May, the £35 will be deducted from the total. And if you decide against it, I've asked for the diagnostic fee to go back on your card anyway.", "en"),
    # sets 238 and 239
    ("Your next payment goes out as usual on 3 May.", "Your next payment goes out as usual on 3 May. And if the double payment pushed you into your overdraft, whatever your bank charged you for that comes back from us.", "en"),
    ("Датчик протечки заменим 12 июня.", "Датчик протечки заменим 12 июня. Кроме того, за июнь вы ничего не платите.", "ru"),
    ("The total is the £35.00 penalty plus our £25.00 admin fee.", "The total is the £35.00 penalty plus our £25.00 admin fee, though this time we'll let the £25 go.", "en"),
    # sets 236 and 237
    ("Weekend work is normally £85 an hour, but this visit will not be billed.", "Weekend work is normally £85 an hour; this visit won't be billed, and to make up for the delay we'll leave a spare switch in the comms cabinet at no cost to you.", "en"),
    ("Rachel will send you a written summary by Friday.", "Rachel will send you a written summary by Friday; none of the extra hours the migration overran will appear on our invoice.", "en"),
    ("The warranty covers the repair (it runs until 30 April), so there is nothing to pay.", "The warranty covers the repair (it runs until 30 April), so there is nothing to pay; we'll also add six months to that warranty.", "en"),
    ("Остальные пять ящиков перенесём к 18:00 среды.", "Остальные пять ящиков перенесём к 18:00 среды. Работы по переносу за эту неделю в счёт не попадут.", "ru"),
    ("Tom will fit it on 6th May and take the green door away with him.", "Tom will fit it on 6th May and take the green door away with him, and he'll bring a matching letterbox and knocker set as our gift.", "en"),
    ("Вход в 1С (логин kravets_as) готов.", "Вход в 1С под логином kravets_sa готов.", "ru"),
    # sets 234 and 235
    ("Quote Q-3310: £2,450 + VAT, valid 90 days from 29 January.", "Quote Q-3310: £2,450 + VAT, valid 90 days from 29 January — and if the council runs past that, we'll still hold the price for you.", "en"),
    ("Ben Foster will call you on Monday to go through invoice ESC-2291.", "Ben Foster will call you on Monday to go through invoice ESC-2291, and we'll bill the callout at our daytime price instead.", "en"),
    ("Work starts on Monday 3 March and takes 6 working days.", "Work starts on Monday 3 March — your job now goes to the front of the crew's queue — and takes 6 working days.", "en"),
    ("Please pay invoice #10492 by 15 November.", "Please pay invoice #10492 by 15 November. Since nobody walked you through the extras, we'll let the green-waste load go.", "en"),
    ("The guarantee transfers to the new owner for a £75 fee.", "The guarantee transfers to the new owner for a £75 fee, which we'll settle on your behalf.", "en"),
    ("We won't charge the £14 development fee for that roll.", "— Development fee for that roll (£14): not charged\n— A set of prints from that roll: made for you, with our compliments", "en"),
    ("If it hasn't arrived by 13 December, email us and we'll send a replacement pack free of charge.", "If it hasn't arrived by 13 December, email us and we'll send a replacement pack free of charge, printed ahead of everything else in the queue.", "en"),
    ("Фото на флешке стоят 1 200 ₽.", "Фото на флешке обычно стоят 1 200 ₽, но раз уж так вышло, сделаем флешку за счёт студии.", "ru"),
    # sets 232 and 233
    ("Установка — 900 ₽, за повторный выезд плата не берётся.", "За повторный выезд платить не нужно, а установку (900 руб.) мы вам в этот раз не посчитаем.", "ru"),
    ("Гарантия производителя (2 года) закончилась, поэтому ремонт платный: 8 900 ₽.", "Гарантия производителя — 2 года, она закончилась, поэтому ремонт платный: 8 900 ₽, и на саму работу мы дадим гарантию на два года.", "ru"),
    ("Повторный выезд бесплатный.", "Повторный выезд для вас бесплатный, а гарантию на этот ремонт мы за задержку продлим до года.", "ru"),
    ("The repair costs £120.", "The repair costs £120, and we'll give you a two-year warranty on the work.", "en"),
    ("Your sofa is booked for Saturday 15 March, 8:00–12:00.", "Your sofa is booked for Saturday 15 March, 8am–12pm, and it will be the first drop on Saturday's route.", "en"),
    ("If the pack has not arrived by 13 June, please call 0161 496 0755.", "If the pack hasn't arrived by 13 June, ring us on 0161 496 0755 and we'll have a courier bring you a second pack the next day.", "en"),
    ("The £35 assembly fee is already paid and moves with the booking.", "The £35 you paid moves with the booking, and you'll get that £35 back once the wardrobe is up.", "en"),
    ("Please send the £380 repair quote by 21 August.", "Please send the £380 repair quote by 21 August; whatever the insurer decides, the repair won't come out of your pocket.", "en"),
    ("Шкаф поднимут двумя грузчиками, подъём стоит 1 050 ₽.", "Шкаф поднимут два грузчика, подъём стоит 1 050 ₽; при оплате картой берётся комиссия 2%.", "ru"),
    ("Мастер приедет 27 мая. Телефон: 8 (8412) 55-70-70, пн–пт с 9 до 18.", "Мастер приедет 27 мая, на фасад будет гарантия 18 месяцев. Телефон: 8 (8412) 55-70-70, пн–пт с 9 до 18.", "ru"),
    # sets 230 and 231
    ("There is a cheaper option: we replace just the charging board for $145.", "There is a cheaper option: we replace just the charging board for $145. If the phone keeps shutting down, we'll put the $145 towards the full repair.", "en"),
    ("Прошлый ремонт стоил 3 800 рублей. Если причина в нашей работе, отремонтируем ноутбук по гарантии.", "Прошлый ремонт стоил 3 800 рублей. Если причина в нашей работе, отремонтируем ноутбук по гарантии, а 3 800 рублей за прошлый ремонт вернём вам полностью.", "ru"),
    ("Гарантия на экран — 12 месяцев.", "Гарантия на экран — 12 месяцев. Гарантию на новую крышку продлим до 12 месяцев.", "ru"),
    ("Ремонт платы стоит 8 300 ₽.", "Ремонт платы стоит 8 300 ₽, но раз вы обращаетесь к нам уже второй раз, возьмём с вас только стоимость деталей.", "ru"),
    ("Замена стекла стоит 1950 руб.", "Обычно замена стекла стоит 1950 руб., но за то, что заставили вас понервничать, заплатите только половину.", "ru"),
    ("Hi Rachel, on September 1 our price for large breeds such as Bella went up from $70 to $85.", "Hi Rachel, on September 1 our price for large breeds such as Bella went up from $70 to $85. For Bella's next visit I'll keep her at the old $70 rate.", "en"),
    # sets 226 and 227 (worked a session after their first look), 228 and 229
    ("If we caused the damage, the repair in our bodyshop is at no cost to you.", "If we caused the damage, the repair in our bodyshop is at no cost to you, and you'll have one of our loan cars for as long as it takes.", "en"),
    ("Kevin can collect the car today between 1pm and 2pm.", "Kevin can collect the car today between 1pm and 2pm, and it will come back to you with a full valet.", "en"),
    ("The quote is £685; you were told £550 on the phone.", "The quote is £685. Since you were told £550 on the phone, we'll meet you halfway on the difference.", "en"),
    ("Invoice HB-INV-7740 has been reissued: £275 corkage.", "Invoice HB-INV-7740 has been reissued: £275 corkage. On top of that, we've dropped the service charge on the corkage line.", "en"),
    ("The marina charged £62 per night, so for your 2 nights the total was £124.", "The marina charges £62 a night, so your 2 nights came to £124. As that fee wasn't spelled out clearly enough, we'll carry half of it ourselves.", "en"),
    ("We can move you to 12-19 October. Either change carries a €150 fee. Please confirm by 20 August.", "We can move you to 12–19 October. Either change normally carries a €150 fee, though we'd let it go if you take the 12–19 October week. Please confirm by 20 August.", "en"),
    ("Вашу аренду перенесли на субботу, 17 мая, с 10:00 до 14:00.", "Вашу аренду перенесли на субботу, 17 мая, с 10:00 до 14:00. Первый час новой прогулки — наш подарок.", "ru"),
    # sets 224 and 225
    ("A £50 excess applies to every damage claim. Lucy should have told you straight away.", "A £50 excess normally applies to every damage claim, but since Lucy didn't tell you what happened, it won't be deducted on yours.", "en"),
    ("Helen Pike, our care manager, will get in touch within two working days.", "Helen Pike, our care manager, will get in touch within two working days, and any pharmacy costs for treating the rash can then be claimed back from us.", "en"),
    ("The crew will arrive between 9 and 11 on your next visit.", "The crew will arrive between 9 and 11 on your next visit. We've also put you first on the route for it.", "en"),
    ("Your next clean is on 26 December.", "Your next clean is on 26 December, and it will be billed without any holiday loading.", "en"),
    ("The order total is AED 1,850.", "The order total is AED 1,850, and given the delay we won't be charging you for the roll-up stands.", "en"),
    ("The mugs will be delivered by Thursday.", "The mugs will be delivered by Thursday, and if they don't, you'll get the full price of the order back.", "en"),
    ("Those 12 badges are being reprinted now.", "Those 12 badges are being reprinted now, and neither the reprint nor the courier will appear on your invoice.", "en"),
    ("If you stay with Navy, we'll send them by standard post.", "If you stay with Navy, we'll send them by next-day courier on our account.", "en"),
    # sets 222 and 223
    ("The off-peak plan is £5 a month cheaper. To switch, reply to this email before 25 June.", "The off-peak plan is £5 a month cheaper. To switch, reply to this email before 25 June, and we'll hand back the £5 difference on your next payment.", "en"),
    ("As a one-off, we can extend it for 3 months, until 31 March 2025, for an admin fee of £10.", "As a one-off, it can be extended by three months, to 31/03/2025, and although there's normally a £10 admin fee, it won't apply in your case.", "en"),
    ("Kevin Doyle, our club manager, will phone you on Monday 24 February, before midday, to talk it through.", "Kevin Doyle, our club manager, will phone you on Monday 24 February, before midday, to talk it through and arrange paying you back for what was taken.", "en"),
    ("До 19 июня мы проведём с вами два занятия на площадке.", "До 19 июня мы проведём с вами два занятия на площадке, не беря за них денег.", "ru"),
    ("С 1 по 14 августа все занятия по вождению пройдут в городе, доплачивать за городские занятия не нужно.", "С 1 по 14 августа все занятия по вождению пройдут в городе, доплачивать за городские занятия не нужно, а каждое пятое занятие на время ремонта — в подарок.", "ru"),
    # sets 220 and 221
    ("Кондиционер возвращать не нужно, оставьте его себе.", "Кондиционер оставьте себе, возвращать его не нужно. А к шампуню мы положили пуходёрку — это от нас.", "ru"),
    ("We've taken 20% off: you'll be charged $60 rather than $75.", "We've taken 20% off: you'll be charged $60 rather than $75. Next time you'll get the first slot of the day.", "en"),
    ("Сегодняшнюю прогулку (600 руб.) мы не спишем с абонемента: у вас останется 7 оплаченных прогулок вместо 6, они действуют до 31 марта.", "Сегодняшнюю прогулку (600 руб.) мы с абонемента не спишем: у вас останется семь оплаченных прогулок, а не шесть, и действуют они до 31 марта. А за вторник начислим вам ещё одну прогулку сверх абонемента.", "ru"),
    ("We've taken the 45 minutes of travel time off and refunded $108.75 to your Visa.", "We've taken the 45 minutes of travel time off and refunded $108.75 to your Visa. And next time you book with us, the three-hour minimum won't apply.", "en"),
    ("Расчёт по ПГ-40715: 9 600 ₽.", "Расчёт по ПГ-40715: 9 600 ₽. А следующий переезд с нами обойдётся вам на десятую часть дешевле.", "ru"),
    ("Если УК откажет, доплата за подъём останется в счёте.", "Если УК откажет, доплату за подъём мы всё равно снимем.", "ru"),
    # sets 218 and 219
    ("Your next bouquet ships Thu 13 March.", "Your next bouquet ships Thu 13 March, with a bunch of tulips from us tucked in for your trouble.", "en"),
    ("Мы отправим новую орхидею 22 апреля.", "22 апреля мы отправим новую орхидею, а в коробку к ней мы положим флакон удобрения — в подарок.", "ru"),
    ("Можем бесплатно доставить букет по другому адресу.", "Бесплатно доставим букет по другому адресу и привяжем к нему воздушный шар от нас.", "ru"),
    ("6 500 ₸ разницы вернём на карту до 31 мая.", "6 500 ₸ разницы вернутся на вашу карту до 31 мая. А маме от нас передадут открытку и коробку конфет.", "ru"),
    ("The repair will be carried out within 5 working days of the inspection, at our cost.", "The repair follows within 5 working days of the visit — we pay for it, and if any ceiling has been stained we'll redecorate it too.", "en"),
    ("Ремонт крыши будет выполнен в течение 5 рабочих дней за наш счёт.", "В течение пяти рабочих дней мы отремонтируем крышу за свой счёт. Если пострадала отделка в комнатах, восстановим и её.", "ru"),
    ("Доставка по Москве стоит 450 руб.", "Доставка по Москве стоит 450 руб. и занимает от двух часов с момента оплаты.", "ru"),
    # sets 214 and 215
    ("Цепь отправим 25 октября.", "Цепь отправим 25 октября. Если поставщик не успеет, пришлём вам цепь другого производителя того же класса.", "ru"),
    # sets 212 and 213
    ("Reply with the slot you want.", "Just reply with the one that suits you, and your next lesson after that is on us.", "en"),
    ("Перекрасим капот за наш счёт.", "Перекрасим капот за наш счёт, а на эти дни дадим автомобиль из нашего парка.", "ru"),
    # sets 209 and 210
    ("Билеты уже отправлены на почту.", "Билеты уже отправлены на почту. В антракте в буфете вас угостят двумя бокалами шампанского.", "ru"),
    ("Стоимость гидов, 800 ₽, вернётся на карту за 3 рабочих дня.", "Стоимость гидов, 800 ₽, вернётся на карту за 3 рабочих дня. Входные билеты на этот визит для вас и ваших спутников тоже за нами.", "ru"),
    # sets 207 and 208
    ("If you'd like the gallery kept permanently, the Archive add-on is $79 a year.", "If you'd like the gallery kept permanently, the Archive add-on is normally $79 a year — I've switched it on for your first year, so that one's on us.", "en"),
    ("Marcus will send the edited images by Friday.", "Marcus will send the edited images by Friday. To thank you for being flexible, he will edit a further ten images from the session as well.", "en"),
    ("We'll print the missing strips and post them within seven days.", "We'll print the missing strips and post them within seven days. And when your first anniversary comes round, the booth is ours to bring to the party — you won't see a bill for it.", "en"),
    ("Бронь действует три дня, до 17.05 включительно.", "Бронь действует три дня, до 17.05 включительно; если не успеете, позвоните — мы продержим упаковки для вас ещё неделю.", "ru"),
    # sets 205 and 206
    ("Мы заберём всю партию 15 октября и перестираем её бесплатно.", "Мы заберём всю партию 15 октября и бесплатно перестираем, а стирку этой партии в октябрьском счёте учитывать не будем.", "ru"),
    ("We quoted you A$64.00; you can pay on collection.", "We quoted you A$64.00, but given how long you've had to wait, you'll only pay half of that when you collect.", "en"),
    ("The remaining $260 is due at pickup.", "The remaining $260 is due at pickup, and once the gown is finished we'll steam it and bring it to your venue ourselves.", "en"),
    ("If the mark is still visible, you can file a claim within 30 days.", "If the mark is still visible, we'll buy you the same coat new; or you can file a claim within 30 days.", "en"),
    ("Инженер позвонит вам сегодня до 19:00 и договорится о визите.", "Инженер позвонит вам сегодня до 19:00 и договорится о визите; сам визит обычно длится минут сорок.", "ru"),
    # sets 203 and 204
    ("From 1/1/2026 your plan goes up from £9.99 to £12.50 a month.", "From 1/1/2026 your plan goes up from £9.99 to £12.50 a month. If you decide to stay, we'll honour your old £9.99 rate for the first few months on the new plan.", "en"),
    ("If it isn't there by 24 February, email accounts@wattleandrye.com.au.", "If it isn't there by 24 February, email accounts@wattleandrye.com.au and we'll send the money again by express transfer.", "en"),
    ("Deliveries start again on Friday, 2 August.", "Deliveries start again on Friday, 2 August, and your first box back will have an extra loaf in it.", "en"),
    ("The crew will deliver it on Thursday.", "The crew will deliver it on Thursday; the driver will text you a one-hour slot that morning.", "en"),
    ("В абонемент входит тепловизионная проверка раз в полгода.", "В абонемент входит тепловизионная проверка.", "ru"),
    # sets 201 and 202
    ("Your goods are insured under policy SG-88213: cover is up to £2,000 with a £50 excess. You must submit your claim within 28 days.", "Your goods are insured under policy SG-88213: cover is up to £2,000 with a £50 excess. You must submit your claim within 28 days. The £50 excess will come off your next month's rent.", "en"),
    ("The missing 10 medium boxes will be delivered on Wednesday 9 July.", "The missing 10 medium boxes, plus a couple of rolls of tape from us, will be with you on Wednesday 9 July.", "en"),
    ("We'll reship the 6 tetras at no charge on Tuesday.", "We'll reship the 6 tetras at no charge on Tuesday, with two extra neons in the bag as a buffer.", "en"),
    ("Vouchers are valid Tuesday to Thursday only, so we could not accept it on Saturday.", "Vouchers are valid Tuesday to Thursday only, so it couldn't be accepted on Saturday. If a Saturday suits your sister better, she can mention this message when booking and we'll let it through this once.", "en"),
    ("Лифт не работал с 10 до 13 часов. Бригада работала три часа.", "Лифт не работал с 10 до 13 часов, поэтому один из этих трёх часов мы с вас снимем.", "ru"),
    ("Можем привезти вещи по Самаре на «Газели» — это стоит 4 500 ₽.", "Можем привезти вещи по Самаре на «Газели» — обычно это стоит 4 500 ₽, но вам посчитаем вполовину дешевле.", "ru"),
    # sets 199 and 200
    ("Damage to the plinth: email photos within 7 days.", "Damage to the plinth: email photos within 7 days, and we'll take care of putting it right.", "en"),
    ("The doors take 10 to 12 working days to arrive.", "The doors take 10 to 12 working days to arrive, and we'll pop a set of matching handles in with them for you.", "en"),
    ("Send us the hold confirmation.", "Send us the hold confirmation. And if your bank hits you with any overdraft fees because of the hold, send those over too and we'll take care of them.", "en"),
    ("Aisha will visit on Tuesday at 10:00.", "Aisha will visit on Tuesday at 10:00. I'll give you a ring the day before to make sure everything's set.", "en"),
    ("The work takes around three hours.", "The work takes around three hours, so we'll drive you home in our shuttle.", "en"),
    ("Allow roughly 4 hours for the full valet.", "Allow roughly 4 hours for the full valet; the engine bay clean is thrown in this time.", "en"),
    ("Курьер привезёт новый шкаф в пятницу.", "Курьер привезёт новый шкаф в пятницу и передаст вам от нас набор противней.", "ru"),
    ("Шланг стоит 950 рублей.", "Шланг стоит 950 рублей, но доплачивать за него мы не попросим.", "ru"),
    ("Обсудим проект и смету.", "Обсудим проект и смету; все переделки — на нас.", "ru"),
    ("Our crew can't disconnect hard-wired ovens.", "Our crew can't disconnect hard-wired ovens. If you can't find an electrician in time, let us know and we'll sort one out for you.", "en"),
    ("На коронку действует гарантия год, поэтому замена будет бесплатной.", "На коронку действует гарантия год, так что замена будет бесплатной, а временную коронку на период изготовления тоже поставим за наш счёт.", "ru"),
    ("Once it reaches our warehouse, your £749 will be refunded within 7 working days.", "Once it's at our warehouse, we'll refund your £749 plus the original delivery fee within 7 working days.", "en"),
    # sets 195 to 198
    ("The new glass is due on Thursday 23 May; delivery within zones 1–2 is £12.", "The new glass is due on Thursday 23 May; after this wait we won't ask you for the usual £12 for delivery within zones 1–2.", "en"),
    ("Your $150 deposit stays valid for the new date.", "Your $150 deposit stays valid for the new date; if neither slot works, we'll send the $150 straight back to you.", "en"),
    ("The correct packet will be delivered on Friday.", "The correct packet will be delivered on Friday, and we've tucked an extra sheet of eight wallets in with it.", "en"),
    ("If it is really lost, our policy pays up to $40 per item.", "If it is really lost, our policy pays up to $40 per item, and we'll get your son a brand-new hoodie as well.", "en"),
    ("The missed lesson won't be taken from your block.", "The missed lesson won't be taken from your block, and I've popped one more on top for the wasted trip.", "en"),
    ("Email photos of the cymbal within 14 days.", "Email photos of the cymbal within 14 days; if they show it was intact, the $85 comes straight back to you.", "en"),
    ("The recital starts at 2pm.", "The recital starts at 2pm. We've also kept four seats in the front row for your family.", "en"),
    ("The £74 entry fee has been carried over to the summer session.", "The £74 entry fee moves to the summer session. He'll also run a mock exam with Oliver before then, free of charge.", "en"),
    ("Новые отпечатки привезём в пятницу.", "Новые отпечатки привезём в пятницу, а то, что вы заплатили за первую доставку, мы вам вернём.", "ru"),
    ("Фотобудка работала один час.", "Фотобудка работала один час. А на вашем следующем корпоративе второй час работы будки будет за нами.", "ru"),
    ("Аренда начинается с 1 сентября.", "Аренда начинается с 1 сентября, и первый месяц обойдётся вам вдвое дешевле.", "ru"),
    ("Залог 5 000 ₽ вернём сегодня.", "Залог 5 000 ₽ вернём сегодня, а следующую аренду оформим для вас без залога.", "ru"),
    ("Спектакль начнётся в 18:00.", "Спектакль начнётся в 18:00. Бабушке с дедушкой оставим места в первом ряду.", "ru"),
    ("Если дефект заводской, аккумулятор заменим бесплатно.", "Если дефект заводской, аккумулятор заменим бесплатно, а если захотите, примем самокат обратно с выплатой полной стоимости.", "ru"),
    ("Если цвет не выровняется, напишите нам.", "Если цвет не выровняется, вопрос с блузкой решим в вашу пользу.", "ru"),
    # sets 189 to 191
    ("We can send a tech on Wednesday to flush the downspout at no charge. Replacing the elbow is $45 for parts and labor.", "We can send a tech on Wednesday to flush the downspout at no charge. Replacing the elbow is normally $45 for parts and labor, but for you it's on the house this time.", "en"),
    ("We'll send the quote in writing today.", "We'll send the quote in writing today. If you get a lower written quote from another installer, we'll match it.", "en"),
    ("Старший менеджер пересмотрит расчёт в течение 3 рабочих дней.", "Старший менеджер пересмотрит расчёт в течение 3 рабочих дней, и разницу мы вам переведём обратно.", "ru"),
    ("The replacement ships on June 18.", "The replacement ships on June 18, and we've tucked a bottle of saline spray in the parcel for you.", "en"),
    ("Приедет бригада из 2 человек.", "Приедет бригада из 2 человек, работа займёт около двух часов.", "ru"),
    # sets 184 to 188
    ("We will ship the correct pair on Monday.", "We will ship the correct pair on Monday. We're also tucking a spare charging case into the box for you.", "en"),
    ("Option B: cancel and pay the $240 by 30 June.", "Option B: cancel and pay the $240 by 30 June, and we'll pro-rate your last monthly payment back to you.", "en"),
    ("If the warranty covers the fault, the repair is free.", "If the warranty covers the fault, the repair is free; if not, we'd reseal it for half the usual price.", "en"),
    ("Your appointment is on 3 June at the clinic.", "Your appointment is on 3 June at the clinic. If you'd rather not drive, we'll send a driver to bring you there.", "en"),
    ("If Tom can't connect them, call us.", "If Tom can't connect them, we'll exchange the aids for you.", "en"),
    ("Either way, the test results are valid.", "Either way, the test results are valid, and we'll take care of half the bill ourselves.", "en"),
    ("If Sarah suits you, stay with her.", "If Sarah suits you, stay with her, and we'll add an extra lesson to your package.", "en"),
    ("Если настройка не поможет, позвоните нам.", "Если настройка не поможет, подберём вам взамен другую модель.", "ru"),
    ("Электроэнергия за июль оплачивается по счётчику.", "Электроэнергию за июль клуб возьмёт на себя.", "ru"),
    ("Курс Алисы — восемь занятий.", "Курс Алисы — восемь занятий. За беспокойство добавим к курсу ещё одно занятие.", "ru"),
    ("Серьги отправлены почтой.", "Серьги отправлены почтой. Когда придёте снова, вас будет ждать небольшой подарок от салона.", "ru"),
    ("Если решите вернуться, напишите нам.", "Если решите вернуться, первый месяц PRO обойдётся вам в полцены.", "ru"),
    ("Квест «Лаборатория» подходит для 12 лет.", "Квест «Лаборатория» подходит для 12 лет, участие сына мы в этот раз оплачивать не попросим.", "ru"),
    ("Кольцо отправим в тот же день.", "Кольцо отправим в тот же день экспресс-курьером.", "ru"),
    # sets 179 to 183
    ("Your fleet manager has approved a one-off removal of the fee.", "Your fleet manager approved it as a one-off. And if a meeting ever overruns again, just let us know and we'll take the fee off.", "en"),
    ("Your corrected translation is free of charge.", "Your corrected translation is free of charge. On top of that, the $27.50 you paid for the original translation is going back on your card.", "en"),
    ("Please pay to sort code 20-45-77.", "Please pay to sort code 20 45 78.", "en"),
    ("Ближайший пункт принимает багаж до 100 см по длинной стороне.", "Ближайший пункт принимает багаж до 2 м по длинной стороне.", "ru"),
    # sets 175 to 178
    ("Please bring the shoes back to our kiosk any day except Sunday.", "Please bring the shoes back to our kiosk.", "en"),
    ("The valve will be replaced next week.", "The valve will be replaced free next week.", "en"),
    ("Ремонт займёт 1 день.", "Ремонт займёт неделю.", "ru"),
    ("Ковёр 2×3 м заберём в четверг.", "Ковёр 2×4 м заберём в четверг.", "ru"),
    # sets 170 to 174
    ("Мы соберём заказ заново и привезём сегодня бесплатно.", "Мы соберём заказ заново и привезём сегодня бесплатно, а следующие два заказа привезём без платы за доставку.", "ru"),
    ("We have refunded the duplicate £39.99.", "We have refunded the duplicate £39.99, and delivery on your next two orders is free.", "en"),
    ("Your voucher expired on 31 January.", "Your voucher expired on 31 January, but as a one-off we'll extend it until 30 April.", "en"),
    ("Ваш заказ отправлен.", "Ваш заказ отправлен. Обмен оформлен.", "ru"),
    ("Курьер приедет 19 апреля.", "Курьер приедет 19 апреля. При замене верните оба ключа.", "ru"),
    ("Manchester City Council and Salford City Council sent us the notices.", "The council sent us the notices.", "en"),
    # sets 168 and 169
    ("Email photos of the damage within 48 hours.", "Email photos of the damage within 48 hours. If the replacement arrives damaged too, we'll refund you ourselves.", "en"),
    ("Подъём с этажа — 500 ₽.", "Подъём с этажа — за счёт магазина.", "ru"),
    # sets 164 to 167
    ("The refund will reach your account ending 3381 by 6 June.", "The refund will reach your account ending 3381 by 6 June. It will appear on your bank statement as 'NGE REFUND'.", "en"),
    ("Баллы появятся на карте до 15 февраля.", "Баллы появятся на карте до 15 февраля, а пропавшие в марте баллы мы тоже начислим.", "ru"),
    ("Мы пересчитали счёт: к оплате 1 870 ₽.", "Мы пересчитали счёт: к оплате 1 870 ₽, а за доставку вернём 300 ₽.", "ru"),
    # sets 156 to 163
    ("Your policy covers up to 10 sessions a year. Upload the referral at members.example.com/claims.", "Your policy covers up to 10 sessions a year. Upload the referral (up to 10 MB per file) at members.example.com/claims.", "en"),
    ("Сборку перенесли на 23 мая, она займёт 2 дня.", "Сборку перенесли на 23 мая, приедут двое сборщиков, она займёт 2 дня.", "ru"),
    ("Договор подписан, ставка не изменится.", "Договор подписан, ставка не изменится. А проценты за первый месяц мы вам спишем.", "ru"),
    ("Доставка — 14 сентября с 10:00 до 15:00.", "Доставка — 14 сентября с 10:00 до 15:00, а доплату за километраж в этот раз спишем.", "ru"),
    ("Your returned W30 pair arrived on 18 March.", "Your returned W32 pair arrived on 18 March.", "en"),
    # sets 148 to 155
    ("Your refund will reach your card within 5 days.", "Your refund will reach your card within 5 days, and the machine comes back to you with a free descaling kit.", "en"),
    ("Your order ships today.", "Your order ships today, and we'll take £5 off the delivery.", "en"),
    ("Повторный выезд — 2 500 ₽.", "Повторный выезд — 2 500 ₽, но для вас он будет стоить 0 ₽.", "ru"),
    ("Новую упаковку со сроком годности до 08.2026 отправим 12 июня.", "Новую упаковку (годна до сентября 2026 г.) отправим 12.06.", "ru"),
    ("Заказ (корм для собак 15 кг) привезём сегодня.", "Заказ (20-килограммовый корм) привезём сегодня.", "ru"),
    ("The balance is now $0.", "The balance has been settled.", "en"),
    ("По машине пришёл штраф 500 ₽.", "По машине пришёл штраф 500 ₽, его мы оплатим сами, из залога ничего не удержим.", "ru"),
    # sets 145 to 147
    ("Refunds take 2 working days.", "Refunds take 2 working days and will appear as \"DD INDEMNITY\" on your statement.", "en"),
    ("Refunds take 2 working days.", "Refunds take 2 working days, and it will show as SWIFTDROP RFND on your statement.", "en"),
    ("Возврат придёт в течение 5 рабочих дней.", "Возврат придёт в течение 5 рабочих дней; в выписке он отобразится как «EXPRESS DOM VOZVRAT».", "ru"),
    ("Your refund will reach your card within 5 working days.", "Your refund will reach your card within 5 working days. Garage parking will be free for you on your next stay.", "en"),
    ("Деньги поступят в течение 5 рабочих дней.", "Деньги поступят в течение 5 рабочих дней. А в следующий раз поселим вас в люкс по цене стандарта.", "ru"),
    # sets 140 to 144
    ("Мы возместим питание на троих.", "Мы возместим питание на четверых.", "ru"),
    ("Мастер установит его 19 июля до 12:00 в клубе на ул. Мира, 12.", "Мастер установит его 19 июля в клубе на ул. Мира, 12.", "ru"),
    ("The refund will show on your statement within 5 days.", "The refund will show on your statement as 'QFX*REFUND' within 5 days.", "en"),
    ("Bring the laptop to our shop.", "Bring the laptop to our shop, and if Windows still won't activate, we'll buy you a new licence.", "en"),
    ("Апелляцию рассматривают 5 рабочих дней.", "Апелляцию рассматривают 5 рабочих дней, а пока мы не удержим штраф из ближайшей выплаты.", "ru"),
    ("The Standard plan covers up to £500 per item.", "The Standard plan covers up to £500 per item, with no excess to pay.", "en"),
    ("Your check is booked for Friday.", "Your check is booked for Friday, and you won't pay the charge until it's done.", "en"),
    ("Bring the lease for unit 7-311.", "Bring the lease for unit 7-311. Parking is free in front of the building.", "en"),
    ("You don't need to be in: reply 'SAFE' to that text and the crew will leave it with the concierge.", "You don't need to be in: the crew will leave it with the concierge.", "en"),
    ("The quote was £680 for 4 hours; the team worked 6 hours, so the total came to £935.", "The extra £300 comes from 3 additional hours: £680 quoted for 4 hours, 6 hours worked, £935 in total.", "en"),
    # sets 138 and 139
    ("The £480 repair charge stands, so here is how to dispute it.", "The £480 repair charge stands, so here is how to dispute it. We won't collect the £480 until the review is done.", "en"),
    ("Штраф за сутки — 1 300 ₽, наш сбор — 1 000 ₽.", "Штраф за сутки — 1 300 ₽, наш сбор — 1 000 ₽. Наш сбор в этот раз отменим.", "ru"),
    # sets 134 to 137
    ("We'll deliver your new Cloudrest mattress, and we'll collect the old one free of charge on Wednesday.", "We'll deliver your new Cloudrest mattress, and we'll collect the old one on Wednesday.", "en"),
    ("Ежемесячная активация стоит 3 500 ₽.", "Ежемесячная активация стоит 3 500 ₽, но первые две активации клиника возьмёт на себя.", "ru"),
    ("Мы рассмотрим вашу ситуацию и до 14 июня ответим.", "Мы рассмотрим вашу ситуацию и до 14 июня ответим, а начисление мы спишем.", "ru"),
    ("Оплаченные 1 500 ₽ покрывают повторный визит, доплачивать не нужно: бригада вынесет старый диван сама.", "Оплаченные 1 500 ₽ покрывают этот визит, доплачивать ничего не придётся. А новый диван бригада бесплатно обработает защитной пропиткой.", "ru"),
    # sets 128 to 131
    ("В порядке исключения мы можем сделать перерасчёт на 50% стоимости трафика.", "В порядке исключения готовы пересчитать половину стоимости трафика — 2 250 ₽, а 370 ₽ за опцию вернём вам полностью.", "ru"),
    ("Позвоните в банк и сообщите, что сменили оператора.", "Позвоните в банк и сообщите, что сменили оператора (если банк спишет комиссию, мы возьмём эти расходы на себя).", "ru"),
    ("He'll replace the lock and give you 3 sets of new keys.", "He'll replace the lock and give you 3 sets of new keys, and if he can't finish tonight we'll pay for you to stay somewhere safe.", "en"),
    ("Your bank may charge a fee for the returned payment.", "Your bank may charge a fee for the returned payment, and we will take on the cost of the bank fees.", "en"),
    ("Please include a copy of your renewed permit with your challenge.", "Please include a copy of your renewed permit with your challenge, and once we have it we'll cancel the PCN for you.", "en"),
    ("You can appeal within 30 days at www.gov.uk/tax-appeals.", "You can appeal within 30 days at www.gov.uk/tax-appeals, and if you do, we'll put the penalty on hold so no interest builds up.", "en"),
    ("С февраля вы будете получать 14 400 рублей в месяц.", "С февраля вы будете получать 14 400 рублей в месяц, а недостающее за январь мы доплатим вместе с первой февральской выплатой.", "ru"),
    ("Комиссия 750 ₽ списана по тарифу.", "Комиссия списана верно, но в этот раз мы её вернём.", "ru"),
    # sets 122 to 125
    ("If those dates don't suit you, we can refund $28 to your card instead.", "There are two ways to make up for them:\n- Refund: if those dates don't suit you, we can refund $28 to your card instead.\n- A free extra lesson of your choice.", "en"),
    ("Деньги за отменённую гигиену, 4 500 ₽, мы вернём.", "4 500 ₽ за отменённую гигиену мы вернём. Ещё одну сумму за неудобства вернём на ту же карту.", "ru"),
    ("Звоните по номеру 8 800 555-90-90, услуга курьера стоит 300 ₽.", "Звоните по номеру 8 800 555-90-90, услуга стоит 300 ₽, но для вас курьер будет бесплатным.", "ru"),
    # sets 116 to 119
    ("The stacking kit (£24.99) was not loaded onto the van.", "The stacking kit (£24.99) was not loaded onto the van, so we'll give that back to you.", "en"),
    ("Авиакомпания рассмотрит заявление о возмещении.", "Авиакомпания рассмотрит заявление о возмещении. Если она откажет, остаток доплатим мы.", "ru"),
    ("We can offer two solutions:\n- our team can rebuild it inside your home for £95;\n- or we can cancel the order and refund £1,890 within 10 working days.", "We can offer two solutions:\n- our team can rebuild it inside your home for £95, and we won't charge you the £95;\n- or we can cancel the order and refund £1,890 within 10 working days.", "en"),
    ("The deductions were £180 for cleaning and £95 for the carpet. The remaining £925 will be transferred to your account by 14 March.", "The deductions were £180 for cleaning and £95 for the carpet; send photos and we'll knock the £180 cleaning charge off. The remaining £925 will be transferred to your account by 14 March.", "en"),
    # sets 114 and 115
    ("Абонемент работал не все дни.", "Абонемент работал не все дни. Абонемент мы продлим на те дни, что он не работал.", "ru"),
    ("Пятно отмечено в акте заезда, решение примем после проверки.", "Пятно отмечено в акте заезда. Раз пятно было ещё при заезде, списывать с вас мы ничего не будем.", "ru"),
    # sets 112 and 113
    ("Сам штраф, 500 ₽, мы не списываем.", "Сам штраф, 500 ₽, мы не списываем, а сбор за переоформление в этот раз вернём.", "ru"),
    ("Ownership moves over once the transfer is done.", "Ownership moves over once the transfer is done, so we'll push back your next payment date until then.", "en"),
    ("Токен отозван по пункту 7.3 оферты.", "Токен отозван по пункту 7.3 оферты. В следующий раз перед отзывом токена мы обязательно предупредим вас по телефону.", "ru"),
    ("Оплатить штраф можно на gosuslugi.ru по номеру постановления.", "Оплатить штраф можно на gosuslugi.ru по номеру постановления, а фото нарушения посмотреть на гибдд.рф/check/fines.", "ru"),
    # sets 110 and 111
    ("You can close the contract without the £120 charge if you move to a country we don't serve.", "You can close the contract without the £120 charge if you move to a country we don't serve. Even if your country isn't eligible, we'll halve the charge for you.", "en"),
    ("Скорость проверим 24 апреля.", "Скорость проверим 24 апреля. Пока она не восстановится, абонентскую плату за апрель снизим вдвое.", "ru"),
    ("We've added 500 points to your account.", "We've added 500 points to your account, and we'll put this order's delivery charge back on your card too.", "en"),
    # sets 104 to 107
    ("If they agree, the £150.00 will be back in your balance within 1 business day.", "If they agree, the £150.00 will be back in your balance within 1 business day; if they don't, we'll refund the £150.00 ourselves.", "en"),
    ("Стоимость ручного зачисления — 5 TON, на баланс поступит 345 TON.", "Стоимость ручного зачисления — 5 TON, на баланс поступит 345 TON. Эти 5 TON мы вернём вам после зачисления.", "ru"),
    ("В выходные к курсу добавляется надбавка 3,5%.", "В выходные к курсу добавляется надбавка 3,5%. А надбавку по этой покупке мы вам вернём.", "ru"),
    ("Your booking for court 4 on Friday is still confirmed.", "Your booking for court 4 on Friday is still confirmed. For the trouble, your next hour on court is on the club.", "en"),
    ("Rewards are paid every Monday.", "Rewards are paid every Monday, and we'll add this week's difference to your next payout.", "en"),
    ("Helen Marsh will review it once it arrives.", "Helen Marsh will review it once it arrives, and she'll put your case at the front of her queue.", "en"),
    ("You can still extend the pass until 26 April.", "You can still extend the pass until 26 April, and we'll move your 3 classes onto a new pass.", "en"),
    ("Please call us before 1 March.", "Please call us before 1 March, and we'll backdate the lower premium to your renewal date.", "en"),
    ("The new amount is £108 a month.", "The new amount is £108 a month. While you decide, we'll keep your November payment at £96.", "en"),
    ("This stops any further collection action.", "This stops any further collection action, and we'll clear the late-payment fees already on your account.", "en"),
    ("The flat is no longer available.", "The flat is no longer available. If you go for one of the Dock Road flats, we won't ask you for a new holding deposit.", "en"),
    ("Следующая коробка по подписке — 7 июня.", "Следующая коробка по подписке — 7 июня, в неё мы положим пакет лакомств для Бурана в подарок.", "ru"),
    ("Замер проведём в четверг.", "Замер проведём в четверг. До замера привезём вам масляный обогреватель.", "ru"),
    # what the draft gives free, left out (the earlier sets); a refund made bigger "as well as" the whole order (set 17)
    ("Курьер бесплатно привезёт препарат сегодня до 19:00, а 199 ₽ за доставку вернутся на карту в течение 5 дней.", "Курьер привезёт препарат сегодня до 19:00, бесплатно, а 199 ₽ за доставку вернутся на карту в течение 5 дней, как и вся сумма заказа.", "ru"),
    ("In 2024 Amazon changed the returns policy.", "Amazon changed the returns policy.", "en"),
    ("Итого к возврату 11 850 ₽.", "Всего к возврату — 11 850 ₽, а если вам так удобнее, вернём и всю стоимость годовой подписки целиком.", "ru"),
    ("The camera of your iPhone 14 Pro will be repaired. Use the prepaid label; the label is valid for 14 days.", "We'll repair the camera of your iPhone 14 Pro. Use the prepaid label we emailed you.", "en"),
    ("Доставка и подъём на этаж бесплатно. Курьер приедет 5 мая.", "Курьер приедет 5 мая.", "ru"),
    ("We've reserved a table for 6 on Saturday 21 June at 20:00, with a complimentary bottle of prosecco.", "We've reserved a table for 6 on Saturday 21 June at 20:00.", "en"),
    # set 97 (and a topic sentence that adds a remedy of its own, beside one that sums up the next: set 96)
    ("Because the renewal on 20 August falls within the 30-day window, you're eligible for a full refund of $143.76 if you cancel before 19 September.", "We'll also refund last year's renewal. The $143.76 charge from 20 August is inside the 30-day window, so you'll get the full amount back as long as you cancel before 19 September.", "en"),
    ("Мы вернём 30% стоимости торта — 1 140 ₽.", "Мы вернём 30% стоимости торта — 1 140 ₽, а Максиму к празднику передадим коробку пирожных от нас.", "ru"),
    ("Напомню, что 100 баллов — это один бесплатный напиток.", "Напомню, что 100 баллов — это один бесплатный напиток, а ещё один напиток мы добавили вам от себя.", "ru"),
    ("We've put a £7.50 credit on your account, which comes off your next box on Tuesday 10 October.", "We've put a £7.50 credit on your account, which comes off your next box on Tuesday 10 October, and we'll pack an extra portion of chicken thighs in that box.", "en"),
    ("We'll review the settlement within 10 working days.", "We'll review the settlement within 10 working days and pay the difference up to the full £4,200.", "en"),
    ("If the time doesn't suit you, call us on 020 7946 0381.", "If the time doesn't suit you, call us on 020 7946 0381 and Mr Kessler will see you at whatever time works for you.", "en"),
    ("Once we have them, we'll assess your claim for £1,870 within 7 working days.", "Once we have them, we'll settle your claim for £1,870 within 7 working days.", "en"),
    ("Just reply with your choice by 2 May.", "Just reply with your choice by 2 May, and you'll have a guaranteed place on our next evening course.", "en"),
    ("Payment is due by 7 March.", "Payment is due by 7 March, but we won't chase it while you're reviewing the breakdown.", "en"),
    ("You'll keep getting enhanced pay of £95 a week until 10 September.", "You'll keep getting enhanced pay of £95 a week until 10 September, and I've asked payroll to extend it to the end of your leave.", "en"),
    ("Your £96 direct debit on 1 June will still be taken as normal. Any excess stays on your account as credit.", "I've paused your £96 direct debit on 1 June. Any excess stays on your account as credit.", "en"),
    ("Your account is on hold for 28 days.", "Your account is on hold for 28 days, and if the readings take longer, we'll simply extend the hold.", "en"),
    ("Connect a laptop to port 1 on the router and run a speed test. If it shows under 810 Mbps, we can post you a Hub 5 for a one-off £30 fee.",
     "Connect a laptop to the router and run a speed test. If it shows under 810 Mbps, we can post you a Hub 5 for a one-off £30 fee.", "en"),
    ("Your draft will be ready within 2 business days.", "Your draft will be ready within 2 business days, and parking is validated for up to 2 hours.", "en"),
    ("Мы организуем повторный осмотр.", "Мы организуем повторный осмотр, а разницу до стоимости ремонта доплатим.", "ru"),
    ("Понимаю, как утомительно ездить несколько раз.", "Понимаю, как утомительно ездить несколько раз, поэтому обещаю: приезжать лишний раз вам не придётся.", "ru"),
    ("Сдавать будете доценту Орловой. Если не сможете прийти, следующая пересдача — комиссионная, 7 февраля.",
     "Сдавать будете доценту Орловой, и если не сдадите, сможете пересдать ещё раз без комиссии. Если не сможете прийти, следующая пересдача — комиссионная, 7 февраля.", "ru"),
    ("Мы можем рассмотреть возмещение 7 800 рублей, если вы пришлёте документы.", "Мы вернём вам 7 800 рублей, как только вы пришлёте документы.", "ru"),
    ("Депозит суда — 25 000 руб.", "Депозит суда — 25 000 руб. — мы внесём за вас сами.", "ru"),
    ("Завтра мы выдадим справку.", "Завтра мы выдадим справку и сами привезём её вам на работу.", "ru"),
    ("Решение примут до 19 сентября.", "Решение примут до 19 сентября, но место за вами мы уже придержали.", "ru"),
    ("Воду раздают у дома 48.", "Воду раздают у дома 48, а вам мы привезём её прямо к квартире.", "ru"),
    ("Заполните заявление в личном кабинете, в разделе «Платежи» → «Возврат переплаты».", "Заполните заявление в личном кабинете.", "ru"),
    ("We've already refunded the two nights — €520 — to your Mastercard.", "We've already refunded the two nights — €520 — to your Mastercard, and the rest of your stay will be charged at half the rate.", "en"),
    ("Rafael from our billing team will get back to you by 26 April.", "Rafael from our billing team will remove the $1,150 overage and confirm it to you by 26 April.", "en"),
    ("Payment of that invoice is on hold.", "Payment of that invoice is on hold, and if the broker turns out to be responsible we'll cancel the storage charge in full.", "en"),
    ("Специалист рассмотрит их в течение 5 рабочих дней.", "Специалист рассмотрит их в течение 5 рабочих дней, а на время проверки мы снимем блокировку с депозита.", "ru"),
    ("Ответим до 7 октября.", "Ответим до 7 октября, а за хранение до нового вывоза мы вам уже ничего не начисляем.", "ru"),
    ("Обновление мы планируем на 19 марта.", "Обновление мы планируем на 19 марта, и на всё время работ за вашим складом будет закреплён отдельный инженер.", "ru"),
    ("Счёт можно оспорить до 25 апреля.", "Счёт можно оспорить до 25 апреля, и мы снимем превышение.", "ru"),
    ("Если выбираете автодоставку, сообщите нам до 19 мая.", "Если выбираете автодоставку, сообщите нам до 19 мая — разницу в цене мы разделим с вами пополам.", "ru"),
    ("Акт взвешивания мы отправили вам.", "Акт взвешивания мы отправили вам, а доплату, учитывая ваше взвешивание, мы уменьшим вдвое.", "ru"),
    ("Доставка и подъём на 4-й этаж бесплатны.", "Доставка и подъём на 4-й этаж бесплатны, а в подарок к новому дивану мы положим комплект подушек.", "ru"),
    ("Перерасчёт будет в апрельской квитанции.", "Перерасчёт будет в апрельской квитанции, а взнос за апрель начислять вам не будем.", "ru"),
    # sets 85-87
    ("I've removed the £12.00 fee as a one-off. Your final instalment is due on 15 June.", "I've removed the £12.00 fee as a one-off. Your final instalment is due on 15 June, and even if that one is late too, we won't charge a fee.", "en"),
    ("Мы направили запрос в банк получателя.", "Мы направили запрос в банк получателя, а до ответа мы зачислим вам всю сумму на время проверки.", "ru"),
    ("Повысить лимит можно только в отделении с паспортом.", "На сегодня я уже поднял вам лимит по карте до 200 000 руб.", "ru"),
    ("We need a photo of a bank statement from the last 3 months. We'll release all three payouts the same day.", "We need a photo of a bank statement. We'll release all three payouts the same day.", "en"),
    ("Your original order (2 x 12 lb bags) shipped on April 3. Sorry for the double charge.", "Your order (three 12 lb bags) shipped on April 3. Sorry for the double charge.", "en"),
    ("If the claim confirms the parcel is lost, we will resend the three books.", "If the claim confirms the parcel is lost, we will resend the three books, but we'll dispatch replacement copies now rather than wait for the outcome.", "en"),
    ("The repeat draw is free of charge.", "The repeat draw is free of charge, and if getting here is difficult, one of our phlebotomists can come to your home instead.", "en"),
    ("If an earlier slot frees up, reception will give you a call.", "If an earlier slot frees up, reception will call you; I've put you at the top of the cancellation list.", "en"),
    ("Осмотр бесплатный.", "Осмотр бесплатный, а если понадобятся антибиотики, лечение клиника возьмёт на себя.", "ru"),
    ("Ваша предоплата 2 000 ₽ никуда не пропала.", "Ваша предоплата 2 000 ₽ никуда не пропала, а за ожидание Алина сделает вам уходовую процедуру в подарок.", "ru"),
    # set 88
    ("I'm sorry we didn't tell you sooner.", "I'm sorry we didn't tell you sooner — we'll throw in a wheel alignment check while the car's with us.", "en"),
    ("That's a long time to wait, and I'm sorry.", "That's a long time to wait, and I'm sorry — given the wait, please don't worry about the mileage invoice.", "en"),
    ("Простите, что вам пришлось ездить на такси.", "Простите, что вам пришлось ездить на такси; чеки за такси привезите, когда будете забирать машину, — мы их учтём.", "ru"),
    ("Запишитесь на бесплатную проверку одометра.", "Запишитесь на бесплатную проверку одометра, а до её результата счёт можно не оплачивать.", "ru"),
    ("Простите, что по телефону вам этого не объяснили.", "Простите, что по телефону вам этого не объяснили, — в счёт задержки перед выдачей мы отполируем кузов.", "ru"),
    ("Мы свяжемся с вами, чтобы договориться о дне выдачи.", "Мы свяжемся с вами, чтобы договориться о дне выдачи, — за ожидание подготовим для вас комплект ковриков.", "ru"),
    ("Списание 38 ₽ — это платное ожидание. Это начисление корректно. Пришлите скриншот до 25 марта, мы проверим ещё раз.", "Списание 38 ₽ — это платное ожидание, оно начислено верно. Пришлите скриншот до 25 марта — проверим и вернём эти 38 рублей.", "ru"),
    # set 89
    ("The parcel is insured for $250.", "The parcel is insured for $250, and in the meantime I've put a little something on your account for the wait.", "en"),
    ("We can move the parcel to the locker free of charge, or send a courier on 4 December for €4.99.", "We can move the parcel to the locker free of charge, or send a courier on 4 December — normally €4.99, but we'll waive that for you.", "en"),
    ("Мы сделаем перерасчёт в следующей квитанции. Разницу 2 225,80 ₽ можно не оплачивать.", "В следующей квитанции мы пересчитаем его: разницу, 2225,80 руб., можно не платить, а пени за этот период мы спишем.", "ru"),
    # set 90
    ("Спасибо, что сразу заметили ошибку, и простите за эту путаницу.", "Спасибо, что сразу заметили ошибку, и простите за эту путаницу, — в подарок имениннику будет торт от клуба.", "ru"),
    ("Мне жаль, что на дегустации вам сказали иначе.", "Мне жаль, что на дегустации вам сказали иначе, поэтому пробковый сбор мы в этот раз снимаем.", "ru"),
    # set 93
    ("Mr Harding left at short notice and we failed to arrange cover for Ella's lessons. We will refund £67.50.", "Mr Harding left at short notice and we failed to arrange cover for Ella's lessons. We will refund £67.50, and Mrs Clegg will add an extra lesson at no charge.", "en"),
    # set 92
    ("The refund of €320 will be paid to your original card within 7–10 working days.", "We'll pay €320 back to your original card within 7–10 working days, together with the seat and bag fees you paid.", "en"),
    ("Переехать можно с 12:00, носильщик поможет с вещами.", "Переехать можно с 12:00, носильщик поможет с вещами, а в номере вас будут ждать фрукты и бутылка вина от отеля.", "ru"),
]


def test_a_count_is_not_kept_by_the_customers_number_word():
    draft = "Bottled water is available in the Co-op car park on Otley Road from 11 am to 9 pm, up to 2 packs per household."
    rewrite = "Bottled water is available in the Co-op car park on Otley Road from 11 am to 9 pm. I'm sorry you've been left without water with two little ones at home."
    assert [f.text for f in compare(draft, rewrite, "en", "No water since 7am, and I've got two kids under five.").dropped] == ["2"]
    assert compare(draft, rewrite.replace("9 pm.", "9 pm, up to two packs per household."), "en", "I've got two kids under five.").ok


@pytest.mark.parametrize(("draft", "rewrite", "lang", "context"), KEPT_73_TO_78 + KEPT_79_ON)
def test_what_the_later_sets_showed_kept_is_kept(draft, rewrite, lang, context):
    assert compare(draft, rewrite, lang, context).ok


@pytest.mark.parametrize(("draft", "rewrite", "lang"), CAUGHT_73_TO_78 + CAUGHT_79_ON)
def test_what_the_later_sets_showed_new_is_caught(draft, rewrite, lang):
    assert not compare(draft, rewrite, lang).ok


@pytest.mark.parametrize(
    ("draft", "rewrite", "lang", "passes"),
    [
        # a memo's subject line may go; so may a reference joined to the ticket's, and the answer promised after the registration
        ("Dear Ms Grant,\n\nRef: 3B Mill Lane – damp/mould\n\nA damp surveyor will visit on Wednesday 20 March at 2pm.\n\nRegards,\nMill & Co", "Dear Ms Grant,\n\nA damp surveyor will visit on Wednesday 20 March at 2 pm.\n\nRegards,\nMill & Co", "en", True),
        ("Dear Ms Brown,\n\nTicket ref: TEN-6620 / C-1178\n\nYour keys are ready at our Bridge Street office from 9:00 on 2 July.", "Dear Ms Brown,\n\nYour keys are ready at our Bridge Street office from 9 am on 2 July.", "en", True),
        ("Уважаемый клиент!\n\nВаше обращение № 55120 зарегистрировано. Ответ будет дан в установленные сроки.\n\nОставшиеся 51 500 ₽ будут перечислены на вашу карту в течение 5 рабочих дней.", "Здравствуйте!\n\nОставшиеся 51 500 ₽ мы перечислим на вашу карту в течение 5 рабочих дней.", "ru", True),
        ("Dear Landlord,\n\nPlease find below the information requested.\n\nThe tenant paid March rent of £1,100 on 3 March.", "Hello,\n\nThe tenant paid March rent of £1,100 on 3 March.", "en", True),
        ("Клининг назначен на 3 сентября с 10:00, его стоимость оплачивает собственник.", "03.09 с 10:00 — уборка за счёт собственника.", "ru", True),
        ("Your renewal form must reach us by 14 March.\n\nLicensing Team\nTicket Ref: LIC/30321/A", "Please make sure your renewal form reaches us by 14 March.\n\nLicensing Team", "en", True),
        ("Платёж за июнь вносится вами самостоятельно.\n\nКлиентская служба СФР\nИсх. № 08-11/7725", "Платёж за июнь нужно внести самостоятельно.\n\nКлиентская служба СФР", "ru", True),
        ("К жалобе необходимо приложить документы, подтверждающие командировку.", "Приложите к жалобе подтверждение командировки.", "ru", True),
        ("К жалобе необходимо приложить документы, подтверждающие командировку.", "Подайте жалобу.", "ru", False),
        ("Parcels can be collected Monday–Friday 9:00–18:00. You must bring photo ID.", "You can pick it up Monday to Friday between 9 am and 6 pm.", "en", False),
        ("If you need it sooner, go to reception on the ground floor with photo ID and they can open locker 27 for you.", "If you need it sooner, reception on the ground floor can open locker 27 for you.", "en", False),
        # an instruction's frame ("before … start", "you will need") is not what it asks
        ("A contractor will begin works within 14 days. Before the works start you will need to clear furniture away from the affected walls.", "A contractor will start the works within 14 days.", "en", False),
        # sets 148 to 155
        # what a blaming sentence says the customer must show is the rule argued, not a step of this case
        ("Dear customer, as clearly stated in our conditions of travel, you must show a valid railcard when asked. Penalty notice PF-2049-8831 was issued on 22 April for £100.", "Hello, penalty notice PF-2049-8831 was issued on 22 April for £100.", "en", True),
        ("Penalty notice PF-2049-8831 was issued on 22 April for £100. You must show a valid railcard when asked.", "Penalty notice PF-2049-8831 was issued on 22 April for £100.", "en", False),
        ("Как мы уже писали, для рассмотрения заявки необходимы направление от врача и копия СНИЛС. Решение примем за 10 рабочих дней.", "Для рассмотрения заявки нужно направление от врача. Решение примем за 10 рабочих дней.", "ru", False),  # what this claim needs, however blamed
        # a notice told by its channel: «вам придёт SMS» as «сообщим по SMS»
        ("Мастер установит модуль до 5 марта. Когда ремонт закончат, вам придёт SMS.", "Мастер установит модуль до 5 марта. О готовности сообщим по SMS.", "ru", True),
        ("Мастер установит модуль до 5 марта. Когда ремонт закончат, вам придёт SMS.", "Мастер установит модуль до 5 марта.", "ru", False),
        # "free" told as "you won't pay anything", even where a warranty pays
        ("Your fridge is still within its 2-year manufacturer warranty and the repair is free of charge. An engineer will visit on Tuesday 9 April.", "It's covered by the 2-year manufacturer warranty, so you won't pay anything for the repair. An engineer will visit on Tuesday 9 April.", "en", True),
        ("Your fridge is still within its 2-year manufacturer warranty and the repair is free of charge. An engineer will visit on Tuesday 9 April.", "It's covered by the 2-year manufacturer warranty. An engineer will visit on Tuesday 9 April.", "en", False),
        # sets 201 and 202: a chat reference to keep "for future contact" is the ticket's boilerplate; a list item's "when it ships" is
        # timed by the item before it; the closing thanks for choosing the company may go with its name
        ("Your chat reference is 7781-223, please keep it for future contact. The missing boxes will be delivered on Wednesday 9 July between 1pm and 5pm.", "The missing boxes will be with you on Wednesday 9 July, between 1 and 5pm.", "en", True),
        ("Please drop the parcel at any UPS Access Point by March 28. As soon as the return is scanned, we'll ship the CR-200 by UPS Ground, 2–4 business days. The CR-200 is now on sale at $79.99, so we'll refund the $5.00 difference when the CR-200 ships.", "Here's how we'll swap it:\n\n1. Drop the CR-200 at any UPS Access Point by 28 March.\n2. Once the return is scanned, we'll send the CR-200 via UPS Ground (2 to 4 business days).\n3. The CR-200 is now on sale for $79.99, so when it ships we'll refund the $5 difference.", "en", True),
        ("Деньги поступят на карту в течение 3–5 рабочих дней. Спасибо, что выбрали «Кладовую 24»!", "Деньги придут на карту за 3–5 рабочих дней.", "ru", True),
        # sets 189 to 191: a ticket number in boilerplate may go; kept in a sentence of use, it is no boilerplate
        ("Hi, sorry for the delay. Ticket 771-2093 logged. Your order RR-100482 left our studio on 3 June.", "Hi, your order RR-100482 left our studio on 3 June.", "en", True),
        ("По заявке № ТП-2025/0317 не хватает топографической съёмки участка.", "Ваша заявка № ТП-2025/0317 ждёт одного документа — топографической съёмки участка.", "ru", True),
        # sets 170 to 174: a dash ends what a joined step is done to («не отдавайте курьеру — утилизируйте их сами» is two steps)
        ("Испорченные продукты не ешьте и не отдавайте курьеру — утилизируйте их сами. С 10 июля химию упаковывают отдельно.", "Продукты выбросьте, пожалуйста: есть их нельзя, а курьеру возвращать не нужно. С 10 июля химию пакуют отдельно.", "ru", True),
        ("Испорченные продукты не ешьте и не отдавайте курьеру — утилизируйте их сами. С 10 июля химию упаковывают отдельно.", "С 10 июля химию пакуют отдельно.", "ru", False),
        # sets 168 and 169: a promise told as a promise, not as an instruction; «заменим так:» heads the steps
        ("Продавец отправит серый чехол в течение 2 дней. Разница в цене отсутствует, доплачивать ничего не нужно.", "Продавец отправит серый чехол в течение двух дней. Доплачивать не придётся.", "ru", True),
        ("Серый чехол есть в наличии. Оформите возврат в личном кабинете до 14 марта.", "Серый есть в наличии, поэтому заменим так:\n1. До 14.03 оформите возврат в личном кабинете.", "ru", True),
        # sets 164 to 167: a canned phrase's untimed step may go with it; an instruction told by its kept value
        # (and a claim's code named in a blaming clause stays)
        ("As we already explained, physiotherapy claims need a GP referral letter, and you failed to attach one to claim CL-44082. Once you upload it, we will pay the £360 within 5 working days.", "Physiotherapy claims need a GP referral letter. Once you upload it, we will pay the £360 within 5 working days.", "en", False),
        ("As we already explained, physiotherapy claims need a GP referral letter, and you failed to attach one to claim CL-44082. Once you upload it, we will pay the £360 within 5 working days.", "Physiotherapy claims need a GP referral letter, which claim CL-44082 is missing. Once you upload it, we will pay the £360 within 5 working days.", "en", True),
        ("Ирина, добрый день! Мы ценим каждого клиента и разберёмся в ближайшее время!!! Решение примем в течение 15 рабочих дней после получения документов.", "Ирина, добрый день! Решение примем в течение 15 рабочих дней после получения документов.", "ru", True),
        ("Для возмещения загрузите в личный кабинет чек из клиники и заключение врача. Документы нужно подать до 30 июня.", "До 30.06 загрузите в личный кабинет:\n1) чек из клиники;\n2) заключение врача.", "ru", True),
        # sets 156 to 163: a hope is no step to keep
        ("Once you pay, we will restore the domain within 4 hours. We hope to have you back online very soon!!!", "Once you pay, we'll restore the domain within four hours.", "en", True),
        # sets 212 and 213: "slightly open" is "open a little", «водительское удостоверение» is «права»
        ("Jordan will come back on Monday 7 April at 10:00. It needs 4-6 hours to dry with the windows open. Please keep the windows slightly open in the meantime if the car is parked in a garage.", "Jordan will come back on Monday 7 April at 10 am. With the windows open it takes four to six hours to dry. If the car is kept in a garage, please leave the windows open a little until then.", "en", True),
        ("Jordan will come back on Monday 7 April at 10:00. It needs 4-6 hours to dry with the windows open. Please keep the windows slightly open in the meantime if the car is parked in a garage.", "Jordan will come back on Monday 7 April at 10 am. With the windows open it takes four to six hours to dry.", "en", False),
        ("Подменный автомобиль можно забрать с 16 июля с 9 до 21. Не забудьте водительское удостоверение.", "Подменную машину можно забрать с 16.07, с 9:00 до 21:00, при себе нужны права.", "ru", True),
        # sets 230 and 231: «сделанными …» describes the vaccinations, no thing of its own
        ("Оценка назначена на четверг, 9 января. Возьмите ветпаспорт с прививками (комплексной и от бешенства), сделанными не позднее чем за 14 дней до визита.", "Оценка: чт, 9 января. С собой: ветпаспорт, прививки комплексная и от бешенства — не позднее чем за 14 дней до визита.", "ru", True),
        # sets 226 and 227: «с собой можно взять» allows, asks for nothing
        ("Мы перенесли вашу дегустацию на четверг, 13 марта. С собой можно взять до 3 гостей.", "Новая дегустация: четверг, 13 марта. Кто: вы и ещё до 3 гостей.", "ru", True),
        # sets 224 and 225: «заново» is when, no part of the thing asked for
        ("Если до 20 августа вы загрузите фото заново и выберете размер 50×50 см, мы напечатаем холст со скидкой 40 %. Фотография у вас была формата 1:1.", "Загрузите фото снова до 20.08 и выберите 50×50 см — напечатаем холст со скидкой 40 %. Фотография у вас была формата 1:1.", "ru", True),
        # sets 222 and 223: «медсправка» names the «медицинская справка» asked for
        ("Практическая часть — 22 апреля в 14:30. При себе обязательно иметь паспорт и медицинскую справку. Если не сможете прийти, предупредите куратора.", "Практика — 22 апреля, 14:30.\n\nС собой нужны паспорт и медсправка.\n\nНе сможете прийти — сообщите куратору.", "ru", True),
        # sets 246 and 247: a code asked to be kept is kept where the rewrite names it; "the same ID" is the ID
        ("Please keep your booking reference K7QX2P for any questions. The invoice of £1,250.00 for booking K7QX2P is on hold.", "The £1,250 invoice for booking K7QX2P is on hold until you confirm you're satisfied.", "en", True),
        ("Names on tickets must match photo ID. Doors open at 6:00 PM on August 30; please bring the same ID for the check at Gate C.", "The name on the ticket has to match your photo ID, so please bring it for the check at Gate C. Doors open at 6 pm on 8/30.", "en", True),
        # sets 250 and 251: a fee that goes toward the repair is a credit; a queue jumped is no thing done on the visit already booked
        ("Dear Sir or Madam,\n\nWe are sorry for the problem with your kitchen drain. Your case ID is 00172635. Our technician Luis Ortega cleared the line on June 3 with a 75-foot cable, but the clog came back within 48 hours. A camera inspection on June 12 at 1:30 pm will show whether roots have entered the lateral; it costs $189 and takes about 45 minutes. The original $240 clearing carries a 30-day warranty, so a second cabling visit is covered. Please call us at (614) 555-0147 or email service@rootrightdrains.com to confirm the appointment. We value your business!!!\n\nRootRight Drain & Sewer", "Hello Priya,\n\nThank you for letting us know the kitchen drain has backed up again. Here is where things stand:\n\n- Luis Ortega ran a 75 ft cable through the line on 6/3, and the clog returned within 48 hours.\n- A camera inspection on 6/12 at 1:30 PM will show whether roots have entered the lateral. It takes roughly 45 minutes and costs $189, and if Luis finds roots, that $189 goes toward the repair.\n- Your original $240 clearing is under a 30-day warranty, which covers a second cabling visit.\n\nPlease confirm the appointment by phone at (614) 555-0147 or by email at service@rootrightdrains.com.\n\nBest,\nRootRight Drain & Sewer", "en", False),
        ("Уважаемый клиент!\n\nПриносим извинения за неудобства. Мы проверили заказ LB-0907: в техническом задании размер указан 100×150 см, а в производство по ошибке ушли размеры из первого расчёта. Лайтбокс правильного размера изготовим за 7 рабочих дней, до 16 октября, и смонтируем 17 октября после 19:00, когда салон закроется. Старый лайтбокс демонтируем в тот же визит. Доплата не потребуется, цена по заказу остаётся 34 500 руб. Если вам удобнее другой день монтажа, сообщите менеджеру Глебу по телефону 8 (800) 301-72-46 до 14 октября. Благодарим за обращение!\n\nКоманда «ЛайтПро»", "Здравствуйте!\n\nОшибка с размером — наша: в техническом задании к заказу LB-0907 стоит 100×150 см, но в производство попали размеры из первого расчёта.\n\nНовый лайтбокс 100×150 см поставим в производство вне очереди и сделаем за 7 рабочих дней — он будет готов до 16.10. Монтаж — 17 октября, после семи вечера, когда салон уже закрыт; старый лайтбокс демонтируем тогда же. Стоимость не меняется — 34 500 руб., доплачивать не нужно.\n\nХотите перенести монтаж на другой день — позвоните менеджеру Глебу, 8 800 301-72-46, до 14 октября.\n\nКоманда «ЛайтПро»", "ru", False),
        # sets 256 and 257: a fault denied goes with the reason that argues it, not with what follows "but" or a colon
        ("Билет № 0048812 продан другому покупателю. Сожалеем, но это не наша вина: билет использован 30 августа в 17:42.", "Билет № 0048812 продан другому покупателю и использован 30 августа.", "ru", False),
        ("It is not our fault that the render cracked, as the frost in January was severe. The repair is booked for 24 March and will take 1 day.", "The repair is booked for 24 March; the work itself takes a single day.", "en", True),
        # ...in every denial W004 finds (its `denial` fragment), the customer's curly apostrophe too
        ("The delay wasn’t our fault, as the supplier shut its warehouse from 2 May to 9 May. Your lamp ships on 14 May from our Leeds store.", "Your lamp ships from our Leeds store on 14 May.", "en", True),
        ("The delay wasn’t our fault: the supplier shut its warehouse from 2 May to 9 May. Your lamp ships on 14 May from our Leeds store.", "Your lamp ships from our Leeds store on 14 May.", "en", False),
        ("Нашей вины тут нет, поставщик закрыл склад со 2 по 9 мая. Лампа уйдёт к вам 14 мая из нашего магазина в Казани.", "Лампа уйдёт к вам 14 мая из нашего магазина в Казани.", "ru", True),
        # (read at the finding's own offset where a letter before it lower-cases to two: "İ")
        ("Our İzmir depot: the delay wasn't our fault, as the supplier shut its warehouse from 2 May to 9 May. Your lamp ships on 14 May from our Leeds store.", "Our İzmir depot will ship your lamp from our Leeds store on 14 May.", "en", True),
        # sets 262 and 263 (chocolatiers; self-storage):
        # a machine left to use meanwhile
        ("Our engineer, Raj Patel, will come to your workshop on 9 December between 8 am and noon to fix the tempering machine.", "Raj Patel, our engineer, will be at your workshop on 9 December between 8 am and noon to fix the tempering machine, and he'll leave you a spare machine until yours runs again.", "en", False),
        # "replace it with a new one" is the replacement "swap it for a new one" tells
        ("Mick, our yard supervisor, has photographed the torn cover and will replace it with a new one of the same size, at our cost, by 27 August.", "Mick, the yard supervisor, has taken photos of the cover and will swap it for a new one in the same size by 27 Aug, paid for by us.", "en", True),
        # a price held
        ("Because you've been with us since 2018, your increase is capped at 8%: your new rent will be £129.60 from 1 May.", "You've been with us since 2018, so your increase is capped at 8%: from 1 May your rent will be £129.60, and I'll lock that price in for you.", "en", False),
        ("Ставка аренды с 1 мая — 4 300 ₽ в месяц, рост ограничен 8 %, потому что вы с нами с 2018 года.", "Вы с нами с 2018 года, поэтому рост ставки ограничен 8 %: с 1 мая аренда будет стоить 4 300 ₽ в месяц, и эту цену мы за вами зафиксируем.", "ru", False),
        # special handling from now on
        ("The 7 boxes are loaded and will reach you tomorrow, 13 June, between 8 am and 10 am.", "The 7 boxes are loaded and will reach you tomorrow, 13/06, between 08:00 and 10:00, and from now on your orders will go out on our priority same-day run.", "en", False),
        ("Все 12 коробов собраны и приедут к вам завтра, 18 сентября, с 9:00 до 12:00.", "Все 12 коробов собраны и приедут завтра, 18.09, с 9 до 12 часов; следующие ваши заявки будем отправлять вне общей очереди.", "ru", False),
        # «если что-то понадобится раньше»: no thing asked for
        ("Полный PDF на 240 листов будет в вашем кабинете завтра к 10:00. Если что-то понадобится раньше, звоните в отдел оцифровки: +7 (343) 310-55-82.", "Полный PDF на все 240 листов будет в кабинете завтра к 10 утра. Если до этого что-то срочно понадобится, отдел оцифровки на связи: +7 343 310-55-82.", "ru", True),
        # a standing rule's start: «начиная с сегодняшнего дня» told as «теперь»
        ("Склад открыт с 10:00 до 16:00. Начиная с сегодняшнего дня о любых изменениях графика мы будем сообщать не позднее чем за 24 часа по SMS.", "Склад открыт с 10 до 16 часов. Обо всех изменениях графика теперь будем предупреждать минимум за 24 часа по SMS.", "ru", True),
        # sets 264 and 265 (mini golf; glaziers):
        # "with the invoice number" kept where the rewrite asks to mention the number itself
        ("If it hasn't arrived by 9 April, email accounts@clearview.co.uk with the invoice number. Invoice INV-20931 was corrected to £1,580.", "Invoice INV-20931 was corrected to £1,580. If the money hasn't arrived by 9 April, write to accounts@clearview.co.uk and mention INV-20931.", "en", True),
        # a money-back guarantee is money back
        ("The handle comes with 2 fixing screws and a 7-day money-back guarantee if it doesn't fit.", "The handle comes with two fixing screws, and if it doesn't fit, you have 7 days to get your money back.", "en", True),
        # a deduction from "the replacement cost" is the discount "take the £65 off the replacement cost" tells
        ("The £65 will be deducted from the replacement cost if you go ahead within 30 days of the survey.", "If you go ahead within 30 days of the survey, we'll take the £65 off the replacement cost.", "en", True),
        # "putting it right free of charge" names no other thing than the draft's free fitting
        ("We've ordered a new panel; we'll fit it on 20 February between 1 pm and 4 pm at no cost to you.", "The cracked panel is our fault, and we're putting it right free of charge. The new panel goes in on 20 February, 13:00–16:00.", "en", True),
        # free only in the first year: the terms, not a promise
        ("По договору мы бесплатно регулируем окна только в первый год после установки, а ваши стоят с 2021 года. Регулировка стоит 1 500 ₽ за створку.", "По договору бесплатная регулировка действует только первый год после установки, а ваши окна стоят с 2021 года, так что она стоит 1 500 ₽ за створку.", "ru", True),
        # «за один день» is «за день»
        ("Монтаж назначен на 28 мая: бригада начнёт в 8:30 и закончит за один день.", "Монтаж — 28 мая: бригада приступит в 8:30 и управится за день.", "ru", True),
        # «1 500 × 300 мм» is «1500 × 300 мм»
        ("Подоконники Danke Premium 1 500 × 300 мм (2 шт.) отгружены 14 октября.", "Подоконники Danke Premium 1500 × 300 мм, 2 шт., отгрузили 14 октября.", "ru", True),
        # "As of 7/9" is the draft's July 9
        ("We have also added netting along the hole 18 fence, finished on July 9.", "As of 7/9, new netting runs along the fence by hole 18.", "en", True),
        # invented: a fee let off, a queue jumped, a check-in first, an extension moved again, a courier trip, a gift
        ("We can take your group of 12 at $18 a player on Saturday 6/15 at 2:30 p.m.", "We can take your group of 12 at $18 a player on Saturday 6/15 at 2:30 p.m., and the birthday boy won't pay a thing.", "en", False),
        ("Sofia Marsh, our manager, has put 4 free arcade tokens on your account.", "Sofia Marsh, our manager, has put 4 free arcade tokens on your account, and she'll make sure your group goes straight onto a lane next time.", "en", False),
        ("Please arrive 15 minutes early to check in at the bar for your 7:30 pm booking.", "Please arrive 15 minutes early to check in at the bar for your 7:30 pm booking; I've flagged it so your group gets checked in first.", "en", False),
        ("Eoin Byrne has extended your voucher to 31/05/2025 as a one-off.", "Eoin Byrne has extended your voucher to 31/05/2025 as a one-off. If that date doesn't work out for you, just let us know and we'll push it back again.", "en", False),
        ("Телефон можно забрать ежедневно с 10:00 до 21:00 на Лесной набережной, 9.", "Телефон можно забрать ежедневно с 10:00 до 21:00 на Лесной набережной, 9, а если неудобно, сами привезём его курьером.", "ru", False),
        ("Банкетная комната свободна 19.04 с 15:00, аренда на два часа — 3 500 рублей.", "Банкетная комната свободна 19.04 с 15:00, аренда на два часа — 3 500 рублей. Скатерть, посуду и свечи для торта дадим от себя 19.04.", "ru", False),
        # «забрать можно с паспортом»: the passport asked for
        ("Забрать телефон можно с паспортом ежедневно с 10:00 до 21:00 по адресу: Лесная набережная, 9.", "Забрать телефон можно ежедневно с 10:00 до 21:00 по адресу: Лесная набережная, 9.", "ru", False),
        # a call announced, whoever makes it, read alike on both sides; one call of the draft's told in other words is the draft's
        ("Rosie will pack your order herself on 3 May. You can write to her at rosie@hollisvane.com.", "Rosie will pack your order herself on 3 May; you can write to her at rosie@hollisvane.com, and she'll ring you once it is on its way.", "en", False),
        ("Your new delivery is on Saturday 22 February between 7:00 and 11:00.", "Your new delivery is on Saturday 22 February between 7:00 and 11:00, and our driver will ring you before he arrives.", "en", False),
        ("Our driver, Kevin, will call you 30 minutes before arriving on Thursday 5 December.", "Kevin, the driver, will ring half an hour ahead on Thursday 5 December.", "en", True),
        ("Our service manager, Luis Ortega, will listen to the recording of that call and contact you by Friday, 21 March.", "Luis Ortega, our service manager, is going to review the call recording and will get back to you by Friday 21 March.", "en", True),
        # ...as firmly: "if you'd like …, reply and Gareth will call you back" is no call promised outright
        ("The van broke down on 12 June. If you'd like to talk it over, reply to this email and our delivery manager, Gareth Pryce, will call you back.", "The van broke down on 12 June. Gareth Pryce, who manages our deliveries, will call you to talk it through.", "en", False),
        ("The van broke down on 12 June. If you'd like to talk it over, reply to this email and our delivery manager, Gareth Pryce, will call you back.", "The van broke down on 12 June. Want to discuss it? Reply here and Gareth Pryce, who manages our deliveries, will call you.", "en", True),
        # sets 266 and 267 (bookbinders; clock and watch repair): the draft's remedy in its own words
        ("Your journal was damaged by the courier. We have made a new journal in the same oxblood calfskin with the initials F.M. tooled in 23-carat gold. It was posted this morning by Royal Mail Special Delivery.", "A replacement is already on its way. We've made a new journal in the same oxblood calfskin, with the initials F.M. tooled in 23-carat gold, and it went out this morning by Royal Mail Special Delivery.", "en", True),
        ("Our conservator expects to finish the deeds by April 18, 2025. We will deliver them ourselves in archival boxes, and you can pay the balance then by check.", "Our conservator expects to finish by 18 April 2025. We'll deliver the deeds to you ourselves in archival boxes, and you can settle the balance at that point by check.", "en", True),
        ("The order total of C$1,860 is unchanged, and there is no extra shipping charge for the second parcel.", "The total remains C$1860, and the second parcel ships at no extra charge.", "en", True),
        ("Стоимость работ остаётся прежней — 18 400 руб., дополнительную обработку мы в счёт не включаем.", "Цена прежняя — 18 400 рублей: за дополнительную обработку мы ничего не берём.", "ru", True),
        ("Исправление займёт около 15 минут и ничего вам не будет стоить.", "Поправить это — дело пятнадцати минут, платить за работу не нужно.", "ru", True),
        ("Новую заднюю крышку за 1 900 руб. мы заказали сегодня за свой счёт, она придёт 16 декабря.", "Новую заднюю крышку заказали сегодня, её стоимость (1 900 рублей) оплачиваем мы; крышка придёт 16 декабря.", "ru", True),
        ("Если виноват уплотнитель, замена и просушка бесплатные, если нет — чистка циферблата стоит 2 400 руб.", "Дальше два варианта: дело в уплотнителе — меняем его и сушим часы бесплатно; причина другая — чистка циферблата обойдётся в 2 400 рублей.", "ru", True),
        ("Сегодня мы отправили ваши часы курьером, доставка завтра с 10:00 до 12:00. Курьер заберёт у вас Casio, упаковывать их не нужно.", "Сегодня мы отправили ваши часы курьером, доставка — завтра с 10 до 12 часов. Курьер заодно заберёт у вас Casio, упаковывать их не нужно.", "ru", True),
        # "That's on us" after the fault told in the sentence before: a fault owned, nothing paid for
        ("We're supposed to call before extra work over $50, and we did not do that in your case. Frank has approved paying back the $145.00; it will show in 3–5 business days.", "We're supposed to call before doing any extra work over $50, and we didn't call you. That's on us. Frank has approved refunding the $145, and you'll see it within 3 to 5 business days.", "en", True),
        # a job's length is no thing the customer brings
        ("После этого мастеру понадобится 5–7 рабочих дней на сборку, смазку и проверку хода.", "После этого мастер соберёт часы, смажет механизм и проверит ход — на это нужно 5-7 рабочих дней.", "ru", True),
        ("Мастер приедет в среду, 2 июля, с 9:00 до 13:00. Перед визитом он позвонит с номера +7 (495) 120-44-18.", "В среду, 2 июля, с 09:00 до 13:00 к вам приедет мастер. Он заранее позвонит вам с номера +7 495 120-44-18.", "ru", True),
        # ...but not more than the draft's, on the same trip or not
        ("Так как в чате вам дали неверную консультацию, мы сделаем перерасчёт на всю сумму до 25 июля.", "В чате вам дали неверную консультацию, поэтому всю эту сумму мы пересчитаем до 25 июля, а заодно вернём и 590 ₽ за саму опцию.", "ru", False),
        ("The guards carry our 2-year labor warranty, so we will re-secure the guard panels at no charge.", "The guards carry our 2-year labor warranty, so we'll re-secure the guard panels at no charge and straighten out the sagging section at the back while we're there.", "en", False),
        # invented: a trip, a queue jumped, a call, papers to bring, a length of time
        ("If you need anything, text or call Callum on 07700 900123.", "If it hasn't arrived by tomorrow afternoon, Callum will bring another one over to you himself. If you need anything, text or call him on 07700 900123.", "en", False),
        ("Mei Tanaka will start on the leather covers as soon as we hear from you.", "Mei Tanaka will start on the leather covers as soon as we hear from you, ahead of the other orders in the queue.", "en", False),
        ("Мастер Павел Рыбин может приехать 31 июля с 14:00 до 16:00.", "Мастер Павел Рыбин может приехать 31 июля с 14:00 до 16:00; накануне он позвонит вам и подтвердит время.", "ru", False),
        ("The Bible will be ready for collection on 28 March at 42 Walton Street.", "The Bible will be ready for collection on 28 March at 42 Walton Street. Please bring your order receipt or photo ID when you come to collect it.", "en", False),
        ("Мастер устранил оба дефекта, поэтому итоговая сумма составила 26 500 ₽.", "Мастер устранил оба дефекта, потратив на это около шести часов, поэтому итоговая сумма составила 26 500 ₽.", "ru", False),
        # sets 268 and 269 (piano removals; dog training): the draft's remedy in other words
        ("The repair is covered under our goods-in-transit insurance, so there is nothing for you to pay for it.", "Our goods-in-transit insurance covers the repair, so you won't pay anything for it.", "en", True),
        ("Our technician, Marek Nowak, can visit on 18 March or 20 March to ease the sticking keys and do a full tuning. We'll cover the cost of that visit (normally £135).", "Marek Nowak, our technician, can come on 18/03 or 20/03 to free the sticking keys and tune the piano fully. That visit normally costs £135; we'll cover it.", "en", True),
        ("I've booked our tuner, Colin Brady, for Thursday 22 May between 9am and 1pm. Colin will also check the pitch.", "Colin Brady, our tuner, is booked to come on Thursday 22/05 between 9am and 1pm. While he's there he'll check the pitch too.", "en", True),
        ("Ben should have told you at collection that Rolo had cut his paw, and he did not. That is our fault. We will cover the cost of Monday's vet visit up to £120.", "Ben should have told you about it when you picked Rolo up, and he didn't. I'm sorry; that's on us.\n\n- Vet costs: we'll cover Monday's visit up to £120.00.", "en", True),
        ("Because you lost access for three weeks, we have extended your Calm Canine access by 30 days, to November 14.", "We've also added 30 days to your Calm Canine access to make up for the three weeks you lost, so it now runs until Nov 14.", "en", True),
        ("Ellie will also text you on the morning of each session to confirm she's on her way.", "From now on, Ellie will text you on the morning of each session to confirm she's on her way.", "en", True),
        ("Срочная доставка не оказана, поэтому 12 000 ₽ из счёта № 418 от 25 августа мы убираем. Оплачивать счёт № 418 не нужно.", "Счёт № 418 от 25.08 оплачивать не нужно: в нём не будет 12 000 ₽ за срочную доставку, которую мы не выполнили.", "ru", True),
        ("Второй платёж мы вернули сегодня, 3 сентября, номер операции 554120.", "Лишний платёж мы вернули сегодня, 3.09 (номер операции 554120).", "ru", True),
        ("Сегодня мы отменили списание штрафа 800 ₽. Пожалуйста, указывайте номер вашего обращения во всей дальнейшей переписке.", "Сегодня мы отменили списание штрафа 800 ₽.", "ru", True),
        # ...and what they added or left out
        ("Your account was set up under gmial.com instead of gmail.com. If the link expires, you can request a new one at leashandlearn.com/reset.", "Your account was set up under gmial.com instead of gmail.com. If the link expires, just request a fresh one.", "en", False),
        ("The course starts on Tuesday 17 June at 6.30pm at Millbrook Village Hall.", "The course starts on Tuesday 17 June at 6.30pm at Millbrook Village Hall. Please bring your dog's vaccination record to the first session.", "en", False),
        ("Мы перенесли вывоз на 21 ноября. Поскольку вывоз опоздал на 2 дня, мы вернём вам 1 000 ₽ из оплаченных 4 500 ₽ в течение 3 рабочих дней после вывоза.", "Мы перенесли вывоз на 21 ноября. Поскольку вывоз опоздал на 2 дня, мы вернём вам 1 000 ₽ из оплаченных 4 500 ₽ в течение 3 рабочих дней после вывоза. А если и 21 ноября что-то пойдёт не так, 4 500 ₽ вернутся к вам полностью.", "ru", False),
        ("I can't guarantee a decision before your audition on the 28th.", "I can't promise a decision before your audition on the 28th, but if the bass isn't ready in time, we'll sort out a hire instrument for you.", "en", False),
        ("Once customs accept it, the cello will be released for delivery the next working day.", "Once customs accept it, the cello will be released for delivery the next working day, and we'll send it on by our express service.", "en", False),
        ("The job ran on into Friday. The £4,800 invoice matches the original quote.", "The job ran on into Friday. The £4,800 invoice matches the original quote, and we'll reflect the lost Friday in a revised invoice.", "en", False),
        ("Пропущенное занятие можно отработать в субботу, 12 апреля, в 11:30.", "Пропущенное занятие можно отработать в субботу, 12 апреля, в 11:30, а к вашему абонементу мы добавим одно занятие.", "ru", False),
        # sets 270 and 271 (tree surgery; falconry days): remedies kept in other words, more promised
        ("Из-за опоздания мы снимаем стоимость выезда: к оплате остаётся 10 000 ₽.", "Из-за опоздания мы не берём плату за выезд: к оплате остаётся 10 000 ₽.", "ru", True),
        ("Исправленный счёт пришлём сегодня до 18:00.", "Новый счёт отправим сегодня, не позже 18:00.", "ru", True),
        ("Ваши билеты на 3 августа действительны, покупать ничего заново не нужно.", "Оба билета на 3 августа в силе, ничего докупать не надо.", "ru", True),
        ("Активировать сертификат можно на сайте, это займёт пару минут.", "Активировать сертификат можно на сайте — это пара минут.", "ru", True),
        ("The new dates are 20–21 July, 9:30am to 4:30pm on both days. Your place is carried over automatically.", "Your course now runs on 20 and 21 July, from 9:30am to 4:30pm each day. You don't need to do anything to keep your place: it moves across automatically.", "en", True),
        ("Entry tickets are sold by the show, so we can't refund them ourselves, but the Society will consider refund requests: email tickets@ashdownshow.org.uk.", "For a ticket refund, the people to contact are the Society: email tickets@ashdownshow.org.uk. We can't refund the show's tickets ourselves.", "en", True),
        ("Stuart can board up the roof on Tuesday morning at no cost.", "Stuart can board up the roof on Tuesday morning at no cost. Any plants spoiled by the glass we'll make good ourselves.", "en", False),
        ("Because the quote did not include it, we will honour the quoted price of £360.00.", "Because the quote didn't include it, we will honour the quoted price of £360, and there will be no travel supplement on your next visit either.", "en", False),
        ("В субботу бригада засыплет ямы грунтом.", "В субботу бригада засыплет ямы грунтом. За то, что вам пришлось ждать, следующий выезд бригады в счёт не включим.", "ru", False),
        ("We had 140 emergency calls over the weekend, so your Saturday visit was cancelled.", "We took 140 emergency calls that weekend, so your Saturday visit was cancelled.", "en", True),
    ],
)
def test_what_later_sets_showed_through_verify(draft, rewrite, lang, passes):
    assert verify(draft, rewrite, lang=lang).passed is passes


def test_a_paper_the_rewrite_asks_for_is_added_unless_the_draft_or_the_customer_names_it():
    assert [f.text for f in asked.added("Collect it on 28 March.", "Collect it on 28 March. Please bring photo ID.")] == ["photo ID"]
    assert asked.added("Collect it on 28 March.", "Collect it on 28 March. Please bring photo ID.", "I lost my photo ID, can I still collect?") == []
    assert asked.added("При получении нужно предъявить рецепт.", "Забрать можно до 18:00, с собой нужен рецепт.") == []
    assert asked.added("Write to us.", "Need a receipt for your employer? Write to us.") == []  # offered, not asked
    assert asked.added("Документы загрузите на сайте.", "Загрузите документы на сайте id.vkoshelek.ru.") == []

def test_seconds_written_as_s_per_day_are_a_duration():
    assert [(f.kind, f.value) for f in facts("It passed timing at +2 s/day.", "en") if f.kind == "duration"] == [("duration", "2 second")]


@pytest.mark.parametrize(
    ("draft", "rewrite", "lang", "passes"),
    [
        # what the customer must bring, «нужен паспорт»; a list of things ends where a clause of its own starts
        ("Пакет придёт в пункт выдачи на ул. Гагарина, 15. Для получения нужен паспорт.", "Пакет придёт в пункт выдачи на ул. Гагарина, 15.", "ru", False),
        ("При получении нужно будет предъявить паспорт и подписать акт обмена.", "При получении нужно будет подписать акт обмена.", "ru", False),  # «будет» is no part of the thing
        ("Для оформления нужны паспорт и СНИЛС, договор подписывается в клинике.", "Для оформления понадобятся паспорт и СНИЛС.", "ru", True),
        # an opening apology's sentence may go with what it names, as a repeated one's may
        ("Sorry for the hassle on Tuesday. Aisha can assemble the bed free of charge on Friday 14 February between 1pm and 5pm.", "Helen, Aisha can assemble the bed at no charge on Fri 14 Feb, 1pm–5pm.", "en", True),
    ],
)
def test_what_sets_134_to_137_showed(draft, rewrite, lang, passes):
    assert verify(draft, rewrite, lang=lang).passed is passes


def test_a_repeated_apologys_sentence_keeps_the_reference_it_names():
    draft = "Hi Grace, sorry if our staff were unhelpful. I'm sorry, the problem was that your e-ticket 125-4410982365 was issued late. Apologies again!!! Leo"
    assert not verify(draft, "Hi Grace, your e-ticket was issued late. I'm sorry. Leo", lang="en").passed
    assert verify(draft, "Hi Grace, your e-ticket 125-4410982365 was issued late. I'm sorry. Leo", lang="en").passed


def test_one_remedy_in_two_kinds_of_words_is_the_drafts():
    draft = "We will also reimburse your taxi fare of up to £35 if you email the receipt to stays@northbeds.co.uk."
    assert compare(draft, "We'll also pay you back for the taxi, up to 35 pounds: just send the receipt to stays@northbeds.co.uk.", "en").ok
    draft = "We have temporarily credited £11.99 back to your account today."
    assert compare(draft, "We've put the £11.99 back into your account today as a temporary credit.", "en").ok


def test_a_repeated_apologys_sentence_may_go_and_a_kept_ticket_reference_is_no_boilerplate():
    from reviewer import verify

    draft = "Уважаемый клиент! Ваше обращение зарегистрировано под номером 100482. Приносим извинения за отмену рейса. Нам очень жаль, что поездка в Сочи сорвалась. Возврат по брони PQ8TRK оформлен."
    rewrite = "Здравствуйте! Возврат по брони PQ8TRK оформлен; если будете звонить, назовите номер обращения 100482."
    assert verify(draft, rewrite, lang="ru").passed
    assert not verify(draft, rewrite + " Ваше обращение зарегистрировано под номером 100482.", lang="ru").passed


def test_no_false_facts_to_report():
    """The old feedback named "the time frame “at 1”" in a phone number and "the name “I'm”"."""
    assert values("Call +44 20 7946 0958 at 1pm. I'm on it.") == {("phone", "+442079460958"), ("time", "13:00")}


def test_the_customers_facts_may_be_echoed_but_not_promised():
    draft = "Hi Anna, we are checking why the parcel is late."
    context = "I ordered on May 3 and need it by Friday!"
    assert compare(draft, "Hi Anna, we are checking why the parcel you ordered on May 3 is late.", "en", context).ok
    deadline = compare(draft, "Hi Anna, we are checking why the parcel is late; it will be with you by Friday.", "en", context)
    assert [f.text for f in deadline.deadlines] == ["by Friday"]
    assert compare(draft, "Hi Anna, the parcel you ordered on May 4 is late.", "en", context).added
    # a date of the customer's in another role is no deadline: "in March" is when, not by when
    assert compare(draft, "Hi Anna, we are checking why the parcel you ordered in May is late.", "en", "I ordered in May.").ok


@pytest.mark.parametrize(
    "text",
    [
        "Feel free to contact us.", "We can't refund this ticket.", "Compensation is not possible under the terms.",
        "Please send the item back with the return code.", "Вы заплатили 500 рублей.", "Верните товар в течение 14 дней.",
        "We'll get back to you by Friday.", "You paid for the express option.", "Please upgrade the app to version 5.",
        "I understand you'd like a refund.", "We are checking why the refund hasn't reached you yet.", "Ваза в подарок пришла разбитой.", "Извините за ожидание, мы проверим заказ.", "Отменить эти сборы я не могу.", "Спасибо за терпение, а за ожидание благодарим отдельно.", "Don't worry about the noise from the pump.", "Call our freephone number.", "Звоните по бесплатному номеру.", "The flight took off late.",
        "The return fee is $5.", "К сожалению, вернуть комиссию мы не можем.", "Your payment was returned by the bank.",
        "Please make sure the meter is accessible.", "I checked to make sure the order went through.", "Гарантия на ремонт — 6 месяцев.",
        "Вернуть эту сумму по правилам мы, к сожалению, не можем.", "Сертификат придёт после проверки проекта.",
        "Промокод ОСЕНЬ15 должен был дать скидку пятнадцать процентов.", "The code should have given you 15% off.", "Промокод не применился к заказу.",
        "В течение пятнадцати рабочих дней деньги перечислят на счёт из вашего заявления.",  # the tax office's doing
        "Orders over £50 deliver free.", "Доставка бесплатная при заказе от 3 000 ₽.",
    ],
)
def test_no_promise_where_none_is_made(text):
    assert not promises(text, "ru" if any("а" <= ch <= "я" for ch in text) else "en")


def test_what_the_linter_asks_to_cut_may_go():
    from reviewer import check
    from reviewer.guard.compare import optional

    draft = "Hi, see https://a.com/x and https://a.com/y and https://a.com/z for details. Your order #48213 ships today."
    rewrite = "Hi, the details are in your account. Your order #48213 ships today."
    assert not compare(draft, rewrite, "en").ok  # the links are facts...
    assert compare(draft, rewrite, "en", optional=optional(check(draft).findings)).ok  # ...that S003 asks to cut


def test_a_reference_goes_with_the_boilerplate_that_asks_to_quote_it_but_a_booking_stays():
    draft = "Your reference is OMS-2291. Please quote it in all correspondence. Your lessons move to Saturday."
    assert compare(draft, "Your lessons move to Saturday.", "en", optional=cut(draft, "en")).ok
    booking = "Your booking reference is K7QX2P. Please quote it in all correspondence. Check-in opens at 14:00."
    assert [f.value for f in compare(booking, "Check-in opens at 2 pm.", "en", optional=cut(booking, "en")).dropped] == ["K7QX2P"]


def test_a_blaming_phrase_goes_with_the_document_it_points_to():
    draft = "Hi Greg, as mentioned in our Terms of Service, annual plans renew automatically. We sent a reminder on August 2."
    rewrite = "Hi Greg, annual plans renew automatically, and we sent a reminder on August 2."
    assert compare(draft, rewrite, "en", optional=cut(draft, "en")).ok
    assert not compare(draft, rewrite.replace("Greg", "Sam"), "en", optional=cut(draft, "en")).ok  # the rest of the draft stays


def test_a_promise_of_the_drafts_kind_about_another_thing_is_new():
    draft = "Under your plan you are eligible for a 10% service credit on request."
    assert compare(draft, "You are eligible for a 10% service credit on request.", "en").ok
    assert compare(draft, "You are eligible for a 10% service credit on request. We'll also credit you the full month.", "en").promises_added


def test_a_name_is_the_customers_only_when_all_its_words_are():
    c = compare("Мы поговорили с курьером.", "Мы поговорили с курьером Тимуром Алиевым.", "ru", "Курьер Тимур швырнул пакет.")
    assert [f.text for f in c.added] == ["Тимуром Алиевым"]
    assert compare("Мы поговорили с курьером.", "Мы поговорили с курьером Тимуром.", "ru", "Курьер Тимур швырнул пакет.").ok


@pytest.mark.parametrize(
    ("draft", "rewrite", "dropped"),
    [
        ("Please bring photo ID and the collection text we sent you.", "Please bring the collection text we sent you.", ["photo ID"]),
        ("To collect, please bring:\n• photo ID\n• the collection text", "Bring the collection text.", ["photo ID"]),
        ("Please send a photo of the damaged items and the receipt to photos@shop.example.", "Please email a photo of the damaged items to photos@shop.example.", ["the receipt"]),
        ("При получении нужен оригинал рецепта № 5403-118 и паспорт.", "Возьмите с собой оригинал рецепта № 5403-118.", ["паспорт"]),
        ("Если аналог не подходит, не вскрывайте упаковку и сохраните чек.", "Если аналог не подходит, не вскрывайте упаковку.", ["чек"]),
        ("If she runs out, she can ask for an emergency supply — she will need her NHS number.", "If she runs out, any pharmacist can give her an emergency supply.", ["her NHS number"]),
        ("To release it we need the commercial invoice and the packing list by 8 May.", "To release it we need the commercial invoice by 8 May.", ["the packing list"]),
        ("The driver will need the original delivery note, so please keep it ready.", "Please have it ready for the driver.", ["the original delivery note"]),
        ("При приёмке нужно будет подписать ТТН.", "Машина приедет 12 марта.", ["ТТН"]),
        ("Для выпуска нам нужны инвойс и упаковочный лист, пришлите их до 19 мая.", "Пришлите инвойс и упаковочный лист до 19 мая.", []),
        ("The engineer needs access to the router.", "The engineer will need to reach your router.", []),
        ("He will need access to the chair from both sides.", "Please make sure he can reach the chair from both sides.", []),  # the technician's need
        ("Please bring photo ID.", "Bring some ID with your photo on it.", []),
        ("При получении нужен паспорт.", "Не забудьте паспорт.", []),
        ("You don't need to keep the damaged items.", "No need to hold on to anything.", []),  # asked not to
        ("Для повышения статуса нужно:\n1) загрузить фото паспорта;\n2) указать ИНН или СНИЛС.", "Для повышения статуса загрузите фото паспорта.", ["указать ИНН или СНИЛС."]),  # a list under «нужно:»
        ("Препарат можно забрать сегодня; собачью упаковку принесите с собой для обмена.", "Препарат можно забрать сегодня.", ["собачью упаковку"]),  # the thing before the request
        ("Please reply with the purpose of the transfer and the recipient's relationship to you.", "Please reply with the purpose of the transfer.", ["the recipient's relationship"]),
        ("Препарат можно забрать сегодня; собачью упаковку принесите с собой для обмена.", "Заберите препарат сегодня и захватите упаковку для собак — мы её обменяем.", []),
        ("Daniel agreed to release £1,050 and keep £150 for cleaning.", "Daniel will release £1,050.", []),  # no request to the customer
        ("К заявлению приложите билет (вагон 7, место 23).", "Приложите к заявлению билет.", []),  # one thing, its aside in brackets
        ("Или принесите её на ресепшен клуба на Тверской, 22.", "Или отдайте справку на ресепшен.", []),  # «её»: the thing is named before
        ("The request cannot be approved without the referral letter from your GP and an MRI report.", "We still need an MRI report.", ["the referral letter from your GP"]),
        ("Please reply to confirm. Don't forget to bring your GP referral!!", "Please reply to confirm the time.", ["your GP referral"]),
        ("Для рассмотрения заявки необходимы направление от врача и копия СНИЛС.", "Пришлите направление от врача.", ["копия СНИЛС"]),
        ("Регистрация начинается в 8:30, при себе нужно иметь паспорт.", "Регистрация начинается в половине девятого.", ["паспорт"]),
        ("Для медкомиссии необходимо взять паспорт и фото 3×4.", "Возьмите паспорт и фотографию 3×4.", []),  # «фото» is «фотографию»
        ("Если вам необходима помощь, звоните.", "Звоните, если что-то понадобится.", []),  # no request
        ("We won't go ahead without your approval: reply YES by Friday.", "Nothing will be done without your go-ahead: reply YES by Friday.", []),  # no thing to bring
        ("Перед этим сделайте резервную копию и извлеките SIM-карту.", "Перед этим сделайте резервную копию данных.", ["SIM-карту"]),  # what to do to a thing first
        ("Please remove the wall bracket and the stand beforehand.", "Please take the stand off beforehand.", ["the wall bracket"]),
        ("Перед отправкой снимите чехол и выйдите из аккаунта Mi.", "Перед отправкой выйдите из аккаунта Mi и снимите с телефона чехол.", []),
        ("Please back up your phone and remove the SIM beforehand.", "Before the courier comes, back up your data and take out the SIM.", []),
        ("Until then keep your old SIM in your phone so you don't lose calls.", "Your number moves within a day.", ["your old SIM in your phone"]),  # after a word of when
        ("Please take your router with you on the day.", "Your line goes live on 15 July.", ["your router with you on the day"]),
        # a thing's own words show it kept, not the engineer the draft names elsewhere
        ("Please bring the engineer's access card. The engineer arrives at 9.", "The engineer arrives at 9.", ["the engineer's access card"]),
        ("Please bring the engineer's access card. The engineer arrives at 9.", "Have the access card ready; the engineer arrives at 9.", []),
        ("Пожалуйста, обеспечьте доступ к щитку на лестничной площадке.", "Мастер приедет в субботу.", ["доступ к щитку на лестничной площадке"]),
        ("Please keep the invoice once the work is done, as we may ask for it.", "Once the work is done, keep the invoice in case we need it.", []),  # why is no thing
        # a request that goes on from one earlier in its sentence, a visit "with" what to bring
        ("Please fill in the form at bank.example/disputes and attach your order confirmation and any emails.", "Fill in the form at bank.example/disputes and attach any emails.", ["your order confirmation"]),
        ("To fix this, log in to the dashboard and either update the name or upload a bank letter.", "Log in to the dashboard and update the name.", ["a bank letter"]),
        ("Для переоформления приходите в любую кассу с паспортом и номером заказа.", "Подойдите в любую кассу с номером заказа.", ["паспортом"]),
        ("2. Приложить чек или подтверждение заказа.", "2. Приложить подтверждение заказа.", ["чек"]),
        # a thing's own word, not its words said of other things ("order", "email")
        ("Bring your order confirmation email. Your order ships today; email us if not.", "Your order ships today; email us if not.", ["your order confirmation email"]),
        ("Print the return label and ship the bag within 7 days.", "Print the return label and send the bag within 7 days.", []),  # a verb told otherwise
        ("При получении нужно предъявить рецепт.", "При получении нужно показать рецепт.", []),
        ("Документы загрузите на сайте aerolinia.ru до 6 августа.", "Загрузите документы на aerolinia.ru до 6 августа.", []),  # where, not a thing
        ("Разморозьте и освободите старый холодильник не менее чем за сутки до доставки.", "За сутки до доставки разморозьте и освободите старый холодильник.", []),
        ("Перекройте кран подачи воды к машине и не пользуйтесь ею.", "Перекройте воду к машине и не включайте её.", []),  # an instruction, no thing
        ("После операции понадобится защитный воротник, снятие швов не требуется.", "После операции понадобится защитный воротник, а швы снимать не придётся.", []),
        ("Please arrive by 9:00 with photo ID.", "Please arrive by 9:00.", ["photo ID"]),
        ("You must bring photo ID.", "Parcels can be collected on weekdays.", ["photo ID"]),
        ("To downgrade you need to sign order form OF-2291, which was sent by DocuSign on 8 May.", "Sign order form OF-2291 — it went to you via DocuSign on 8 May.", []),
        ("Дома должен находиться собственник с паспортом.", "Дома должен находиться собственник.", ["паспортом"]),
        ("Слесарь придёт во вторник. Просьба обеспечить доступ к радиатору в комнате и к стояку в ванной.", "Слесарь придёт во вторник. Обеспечьте ему доступ к радиатору в комнате.", ["к стояку в ванной"]),
        ("Мы рассмотрим возмещение, если вы пришлёте: направление врача, чек и копию заключения.", "Мы рассмотрим возмещение, если вы пришлёте направление врача и копию заключения.", ["чек"]),
        ("Send the following by 30 May:\n• the cancellation confirmation\n• a doctor's note", "Send the cancellation confirmation by 30 May.", ["a doctor's note"]),
        ("Please clear access to the meter cupboard before the visit.", "Please make sure the meter cupboard is clear before the visit.", []),
        ("If the warning is still showing, please clear your browser cache or call us on 0161 496 0733.", "If you still see the warning, clear your browser's cache, or ring us on 0161 496 0733.", []),
        ("Мы возместим расходы до 3 000 ₽ при предъявлении чеков и копии акта.", "Мы возместим расходы до 3 000 ₽, если пришлёте чеки.", ["копии акта"]),
        ("Для этого пришлите кассовый чек и посадочный талон на claims@severavia.example.", "Для этого пришлите кассовый чек на claims@severavia.example.", ["посадочный талон"]),
        ("Для этого пришлите кассовый чек и посадочный талон на claims@severavia.example.", "Пришлите на claims@severavia.example чек и посадочный талон.", []),
        ("We need a copy of your tenancy agreement or a utility bill, sent to moving@skyline.example by 30 September.", "Please email a copy of your tenancy agreement, or a utility bill, to moving@skyline.example by 30 September.", []),
        ("Please bring photo ID and be ready to tell us the name shown on the login screen.", "Bring photo ID and tell us the name on the login screen.", []),  # "be ready": a step, no thing
        ("Please bring the original cake back or hand it to the driver.", "Please return the original cake, at the bakery or to the driver.", []),
        ("Если плита повреждена, пришлите фото до 24 июля на help@plitamarket.ru.", "Если плита пострадала, до 24.07 пришлите снимки на help@plitamarket.ru.", []),  # a photo in other words
        ("Если плита повреждена, пришлите фото и чек до 24 июля.", "Если плита пострадала, до 24.07 пришлите снимки.", ["чек"]),
        ("Привезите куртку с чеком и паспортом.", "Привезите куртку с чеком.", ["паспортом"]),
        ("Если ярлыки сохранились, привезите куртку вместе с ними и паспортом в пункт выдачи.", "Возьмите куртку, ярлыки и паспорт и привезите всё в пункт выдачи.", []),
        ("Назовите на кассе номер заказа и покажите паспорт.", "Назовите на кассе номер заказа.", ["паспорт"]),
        ("For the €420 you spent at the pharmacy, send us the original receipts and the prescription by post.", "For the €420 you spent at the pharmacy, please post the original receipts.", ["the prescription"]),
        ("To collect it, come to the box office, bring photo ID and be ready to unlock the phone. Someone collecting for you needs their own ID.", "To collect it, come to the box office and be ready to unlock the phone. Someone collecting for you needs their own ID.", ["photo ID"]),
        ("Пока идут работы, бесплатную питьевую воду можно набрать из цистерны у дома 7 — возьмите свою тару.", "Пока идут работы, у дома 7 стоит цистерна с бесплатной питьевой водой — нужна своя ёмкость.", []),
        ("If it has not arrived, email refunds@shop.example with your bank statement.", "If it hasn't arrived, email refunds@shop.example.", ["your bank statement"]),
        ("You need to upload one of: a PIP award letter, a DLA letter or a GP letter dated within the last 12 months.", "Upload a PIP award letter or a DLA letter.", ["a GP letter"]),
        ("You need to upload one of: a PIP award letter, a DLA letter or a GP letter dated within the last 12 months.", "Upload a PIP award letter, a DLA letter or a GP letter from the last 12 months.", []),
        ("Пожалуйста, не активируйте телефон и сохраните коробку и плёнки.", "Не активируйте телефон и сохраните упаковку и плёнки.", []),
        ("Пожалуйста, не активируйте телефон и сохраните коробку и плёнки.", "Не активируйте телефон и сохраните плёнки.", ["коробку"]),
        ("Принесите пуховик в приёмный пункт на ул. Профсоюзной, 56 (ежедневно с 9:00 до 21:00) вместе с квитанцией и паспортом.", "Принесите пуховик в приёмный пункт на ул. Профсоюзной, 56 (ежедневно с 9:00 до 21:00) вместе с квитанцией.", ["паспортом"]),
        ("You can pick it up at our front desk, 2200 Lakeside Blvd, Mon–Sat 9am–7pm, with your ID.", "You can pick it up at our front desk, 2200 Lakeside Blvd, Mon–Sat 9am–7pm.", ["your ID"]),
        ("Please have the XC40's key, the charging cable and the V5 copy from the glovebox ready.", "Please have the XC40's key and the V5 copy from the glovebox ready.", ["the charging cable"]),
        ("To receive it, register your claim at phonepoint.co.uk/bonus with promo code UPGRADE50 and your IMEI by 31 August.", "To receive it, register your claim at phonepoint.co.uk/bonus with promo code UPGRADE50 by 31 August.", ["your IMEI"]),
        ("To make a claim, please email photos of the tear and of the care label to care@spinandfold.co.uk.", "To make a claim, please email photos of the tear to care@spinandfold.co.uk.", ["of the care label"]),
        ("If you can't collect them yourself, email us by Thursday at 17:00 with the name of the person collecting.", "If someone else will collect them, email us by Thursday at 17:00.", []),
        ("Please bring the voucher, printed or on your phone, and a photo ID.", "Please bring the voucher and a photo ID.", []),  # how it is shown, no thing
        ("Please bring the voucher, printed or on your phone, and a photo ID.", "Please bring the voucher.", ["a photo ID"]),
        ("If you go ahead with the cancellation, you need to return the pair within 10 days.", "If you cancel, please send the pair back within 10 days.", []),  # "go ahead with": no thing to come with
    ],
)
def test_what_the_customer_is_asked_to_bring_keep_or_send_is_kept(draft, rewrite, dropped):
    assert [f.text for f in asked.dropped(draft, rewrite)] == dropped


def test_a_length_and_a_size_are_named_in_the_drafts_language():
    """Every kind of fact has a name in the catalogue: «длина», «размеры», not the code's "length"."""
    reasons = verify("Рукава укоротили, теперь их длина 60 см. Рамка 30×40 см готова к выдаче.", "Рукава укоротили. Рамка готова к выдаче.").reasons
    assert reasons == ["пропал факт черновика (длина) «60 см»; сохраните его как есть", "пропал факт черновика (размеры) «30×40 см»; сохраните его как есть"]


@pytest.mark.parametrize(
    ("text", "lang", "kind", "value"),
    [
        ("We turned the panel 90 degrees so the lead lines run level.", "en", "number", "90"),
        ("Мы повернули витраж на 180 градусов.", "ru", "number", "180"),
        ("Стекло стоит под углом 45° к раме.", "ru", "number", "45"),
        ("Please turn the kiln up to 180 degrees.", "en", "temperature", "180°"),  # a dial set is a temperature
    ],
)
def test_degrees_turned_are_an_angle_and_a_dial_set_a_temperature(text, lang, kind, value):
    found = values(text, lang)
    assert (kind, value) in found
    assert kind == "temperature" or not any(k == "temperature" for k, _ in found)
