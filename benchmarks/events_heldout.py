"""Held-out passages for the event benchmark, in two rounds, each written after the rules of
`extract/events*.py` were frozen and scored once before any fix: `cases` (round 1, rules of
commit 01c1b0e; fixes from its misses followed, so it is no longer held out) and `cases_2`
(round 2, rules of commit ed4b434). Same row format as the table of
`tests/extract/test_events.py` (`Ev`, `Case`); `events_table.py` scores all three.

Passages written by the claimgraph team; places and events partly real, retold in our own
words, companies and officials partly fictional.
"""

from __future__ import annotations

from typing import Any


def cases(ev: Any, case: Any) -> list[Any]:  # the test module's Ev and Case classes
    Ev, Case = ev, case
    return [
        Case("h-embassy car bomb", "2017-06-01",
             "A truck bomb exploded near the German embassy in Kabul during the morning rush hour on "
             "Wednesday, killing at least 90 people and wounding more than 400, officials said.",
             [Ev("bombing", "truck bomb", date="2017-05-31", place="Kabul", place_precision="city",
                 numbers={"killed": 90, "wounded": 400})]),
        Case("h-beach resort shooting", "2015-06-27",
             "A gunman opened fire on tourists at a beach hotel in Sousse, Tunisia, on Friday, killing 38 "
             "people before he was shot dead by police. The Islamic State group later claimed the attack "
             "in a statement on social media.",
             [Ev("shooting", "opened fire", date="2015-06-26", place="Sousse", country="Tunisia",
                 numbers={"killed": 38}, roles={"perpetrator": ["gunman"]},
                 claimed_by=["Islamic State"], method="statement", status="claimed")]),
        Case("h-ferry kidnapping", "2016-03-29",
             "Abu Sayyaf militants abducted ten Indonesian sailors from a tugboat off the southern Philippines "
             "on Saturday, the Indonesian foreign ministry said.",
             [Ev("kidnapping", "abducted", date="2016-03-26", numbers={"kidnapped": 10},
                 roles={"perpetrator": ["Abu Sayyaf"]})]),
        Case("h-airport suicide attack", "2016-06-29",
             "Three suicide bombers attacked Istanbul's Ataturk airport on Tuesday night, killing 41 people. "
             "Turkish officials said the attack bore the hallmarks of Islamic State, but no group has claimed "
             "responsibility.",
             [Ev("attack", "attacked", date="2016-06-28", place="Istanbul", numbers={"killed": 41},
                 roles={"perpetrator": ["suicide bombers"]}, claimed_by=[])]),
        Case("h-air strikes on a town", "2017-04-05",
             "Syrian government air strikes on the rebel-held town of Khan Sheikhoun killed dozens of civilians "
             "on Tuesday, a monitoring group said.",
             [Ev("air_strike", "air strikes", date="2017-04-04", place="Khan Sheikhoun", place_precision="city")]),
        Case("h-hostages freed", "2019-01-16",
             "Gunmen stormed a hotel complex in Nairobi on Tuesday, killing 21 people. Kenyan special forces "
             "freed hundreds of people trapped in the building, and the al-Shabaab group said it carried out "
             "the assault.",
             [Ev("attack", "stormed", date="2019-01-15", place="Nairobi", numbers={"killed": 21},
                 roles={"perpetrator": ["Gunmen"], "responder": ["Kenyan special forces"]},
                 claimed_by=["al-Shabaab"], status="claimed")]),
        Case("h-suspected arson", "2021-08-20",
             "Police believe a local militia was behind the attack on a police station in Kasese district on "
             "Thursday, in which four officers were killed.",
             [Ev("attack", "attack", date="2021-08-19", place="Kasese", numbers={"killed": 4, "killed_security": 4},
                 roles={"perpetrator": ["militia"], "target": ["police station"]}, status="suspected")]),
        Case("h-claim via Telegram", "2020-11-03",
             "The Islamic State group claimed the shooting in central Vienna in a post on its Telegram channel, "
             "which was relayed by the Amaq news agency.",
             [Ev("shooting", "shooting", place="Vienna", claimed_by=["Islamic State"], method="online",
                 status="claimed")]),
        Case("h-two claims", "2016-07-04",
             "Two groups claimed the bombing of a market in Baghdad's Karrada district: the Islamic State said "
             "in an online statement that its fighters carried out the attack, and a smaller faction claimed "
             "it in a video.",
             [Ev("bombing", "bombing", place="Baghdad", method="online")]),
        Case("h-protest arrests", "2019-06-13",
             "Police fired tear gas at thousands of demonstrators outside the legislature in Hong Kong on "
             "Wednesday and arrested 11 people.",
             [Ev("protest", "demonstrators", date="2019-06-12", place="Hong Kong", numbers={"arrested": 11})]),
        Case("h-election result", "2019-05-24",
             "Narendra Modi won a second term after India's general election, results showed on Thursday.",
             [Ev("election", "election", place="India", place_precision="country")]),
        Case("h-coup", "2021-02-02",
             "The army seized power in Myanmar on Monday and detained Aung San Suu Kyi.",
             [Ev("arrest", "detained", roles={"target": ["Aung San Suu Kyi"]})]),
        Case("h-renaming of a company", "2015-08-11",
             "Google will rename itself Alphabet and become a holding company, the firm said on Monday.",
             [Ev("renaming", "rename", roles={"target": ["Google"], "new_name": ["Alphabet"]})]),
        Case("h-merger of carmakers", "2021-01-18",
             "Fiat Chrysler and PSA completed their merger on Saturday, creating Stellantis.",
             [Ev("merger", "merger", date="2021-01-16")]),
        Case("h-takeover", "2022-10-28",
             "Elon Musk completed his $44 billion takeover of Twitter on Thursday.",
             [Ev("acquisition", "takeover", date="2022-10-27", roles={"agent": ["Elon Musk"], "target": ["Twitter"]})]),
        Case("h-acquisition noun", "2019-02-14",
             "The acquisition of Celgene by Bristol-Myers Squibb was approved by shareholders on Tuesday.",
             [Ev("acquisition", "acquisition", date="2019-02-12",
                 roles={"target": ["Celgene"], "agent": ["Bristol-Myers Squibb"]})]),
        Case("h-appointment of a minister", "2023-01-10",
             "President Lula appointed Fernando Haddad as finance minister on Monday.",
             [Ev("appointment", "appointed", date="2023-01-09", roles={"appointee": ["Fernando Haddad"]})]),
        Case("h-death of a leader", "2013-03-06",
             "Venezuelan President Hugo Chavez died in Caracas on Tuesday after a long battle with cancer.",
             [Ev("death", "died", date="2013-03-05", place="Caracas", roles={"victim": ["Hugo Chavez"]})]),
        Case("h-cholera outbreak", "2017-06-25",
             "A cholera outbreak in Yemen has infected more than 200,000 people and killed 1,300 since April, "
             "the World Health Organization said.",
             [Ev("outbreak", "outbreak", place="Yemen", numbers={"cases": 200000, "killed": 1300})]),
        Case("h-earthquake", "2023-02-07",
             "A powerful earthquake struck southern Turkey and northern Syria on Monday, killing more than "
             "4,000 people.",
             [Ev("other", "earthquake", date="2023-02-06", numbers={"killed": 4000})]),
        Case("h-wildfire missing", "2023-08-12",
             "The wildfire that swept through Lahaina on Tuesday has killed 55 people, and hundreds remain "
             "unaccounted for.",
             [Ev("other", "wildfire", place="Lahaina", numbers={"killed": 55})]),
        Case("h-sport negative", "2022-12-19",
             "Argentina's attack overwhelmed France in the first half of the World Cup final on Sunday, and "
             "Messi's shooting from the penalty spot was flawless.",
             [], count=0),
        Case("h-intervention in a country", "2022-03-01",
             "Russia's invasion of Ukraine, launched on February 24, has forced more than 660,000 people to "
             "flee the country.",
             [Ev("intervention", "invasion", date="2022-02-24", place="Ukraine", roles={"agent": ["Russia"]})]),
        Case("h-raid by soldiers", "2011-05-02",
             "US Navy SEALs raided a compound in Abbottabad, Pakistan, early on Monday and killed Osama bin "
             "Laden.",
             [Ev("raid", "raided", place="Abbottabad", country="Pakistan")]),
        Case("h-siege ended", "2002-10-27",
             "Russian special forces ended a three-day siege at a Moscow theatre on Saturday; about 120 "
             "hostages died, most of them from the gas used in the rescue.",
             [Ev("hostage_taking", "siege", place="Moscow", numbers={"killed": 120},
                 roles={"responder": ["Russian special forces"]})]),
    ]


def cases_2(ev: Any, case: Any) -> list[Any]:
    Ev, Case = ev, case
    return [
        Case("h2-checkpoint attack", "2019-11-02",
             "Militants attacked an army checkpoint near Menaka in northeastern Mali on Friday, killing 53 "
             "soldiers and one civilian, the government said.",
             [Ev("attack", "attacked", date="2019-11-01", place="Menaka", country="Mali",
                 numbers={"killed": 54, "killed_security": 53, "killed_civilians": 1},
                 roles={"perpetrator": ["Militants"], "target": ["checkpoint"]})]),
        Case("h2-church bombings claimed", "2019-04-24",
             "The Islamic State group claimed responsibility on Tuesday for the Easter Sunday bombings of "
             "churches and hotels in Sri Lanka, which killed more than 320 people, through its Amaq news "
             "agency.",
             [Ev("bombing", "bombings", place="Sri Lanka", numbers={"killed": 320},
                 claimed_by=["Islamic State"], relayed_by=["Amaq"], status="claimed")]),
        Case("h2-school hostage siege", "2004-09-04",
             "The siege of a school in Beslan ended on Friday when Russian troops stormed the building after "
             "explosions; more than 330 hostages were killed, half of them children.",
             [Ev("hostage_taking", "siege", date="2004-09-03", place="Beslan",
                 numbers={"killed": 330}, roles={"responder": ["Russian troops"]})]),
        Case("h2-drone attack on oil plant", "2019-09-15",
             "Drone attacks on Saudi Aramco's Abqaiq plant on Saturday knocked out half of the kingdom's oil "
             "output. Yemen's Houthi rebels claimed the strikes, but US officials said Iran was most likely "
             "behind them.",
             [Ev("air_strike", "Drone attacks", date="2019-09-14", claimed_by=["Houthi"],
                 roles={"target": ["Abqaiq plant"]})]),
        Case("h2-kidnapped priest freed", "2018-06-10",
             "An Italian priest kidnapped in Niger in September was freed on Saturday, the Vatican said.",
             [Ev("kidnapping", "kidnapped", place="Niger", place_precision="country")]),
        Case("h2-shooting at a festival", "2017-10-03",
             "A gunman firing from a hotel room killed 58 people and wounded more than 500 at a country music "
             "festival in Las Vegas on Sunday night, police said.",
             [Ev("attack", "killed", date="2017-10-01", place="Las Vegas", numbers={"killed": 58, "wounded": 500},
                 roles={"perpetrator": ["gunman"]})]),
        Case("h2-denied strike", "2018-01-20",
             "The coalition denied carrying out an air strike on a market in Saada province that killed 12 "
             "civilians on Friday.",
             [Ev("air_strike", "air strike", place="Saada", numbers={"killed": 12, "killed_civilians": 12})]),
        Case("h2-arrest of a suspect", "2017-04-09",
             "Swedish police arrested a 39-year-old man from Uzbekistan on Friday evening after a truck "
             "ploughed into shoppers in central Stockholm, killing four people.",
             [Ev("arrest", "arrested", date="2017-04-07", roles={"agent": ["Swedish police"]})]),
        Case("h2-protest crackdown", "2022-09-27",
             "Security forces killed at least 41 protesters during demonstrations across Iran last week, "
             "state television said.",
             [Ev("protest", "demonstrations", place="Iran", numbers={"killed": 41})]),
        Case("h2-election held", "2024-07-05",
             "Britain held a general election on Thursday, and the Labour Party won a large majority.",
             [Ev("election", "election", date="2024-07-04", place="Britain")]),
        Case("h2-referendum", "2016-06-24",
             "Voters in the United Kingdom chose to leave the European Union in a referendum held on Thursday.",
             [Ev("election", "referendum", date="2016-06-23", place="United Kingdom")]),
        Case("h2-ceo appointed", "2014-02-05",
             "Microsoft named Satya Nadella as its chief executive on Tuesday, replacing Steve Ballmer.",
             [Ev("appointment", "named", date="2014-02-04", roles={"appointee": ["Satya Nadella"]})]),
        Case("h2-bank merger", "2023-03-20",
             "UBS agreed to buy Credit Suisse for about $3.2 billion on Sunday in a deal brokered by the Swiss "
             "government.",
             [Ev("acquisition", "buy", date="2023-03-19", roles={"agent": ["UBS"], "target": ["Credit Suisse"]})]),
        Case("h2-merger announced", "2000-01-11",
             "America Online and Time Warner announced a merger on Monday that would create the world's "
             "largest media company.",
             [Ev("merger", "merger", date="2000-01-10")]),
        Case("h2-party renamed", "2018-06-02",
             "Marine Le Pen's National Front party changed its name to National Rally on Friday.",
             [Ev("renaming", "changed its name", date="2018-06-01", roles={"new_name": ["National Rally"]})]),
        Case("h2-outbreak in a city", "2020-01-23",
             "The new coronavirus outbreak in Wuhan has killed 17 people and infected more than 570, health "
             "officials said on Wednesday.",
             [Ev("outbreak", "outbreak", place="Wuhan", place_precision="city",
                 numbers={"killed": 17, "cases": 570})]),
        Case("h2-epidemic", "2014-10-09",
             "The Ebola epidemic in West Africa has killed more than 3,800 people, the WHO said.",
             [Ev("outbreak", "epidemic", place="West Africa", place_precision="region", numbers={"killed": 3800})]),
        Case("h2-cyclone", "2019-03-20",
             "Cyclone Idai has killed more than 200 people in Mozambique, the president said on Tuesday.",
             [Ev("other", "Cyclone", place="Mozambique", numbers={"killed": 200})]),
        Case("h2-sport negative 2", "2024-05-20",
             "City's attack was relentless, and Haaland's shooting improved after the break as they won the "
             "league title on Sunday.",
             [], count=0),
        Case("h2-metaphor negative", "2021-03-03",
             "Critics launched a fierce attack on the budget, calling it a war on the middle class.",
             [], count=0),
        Case("h2-death of a victim", "2020-05-28",
             "George Floyd died after a police officer knelt on his neck in Minneapolis on Monday.",
             [Ev("death", "died", place="Minneapolis", roles={"victim": ["George Floyd"]})]),
        Case("h2-attack with a hedge", "2018-03-13",
             "Britain said Russia was highly likely responsible for the poisoning attack on a former spy in "
             "Salisbury.",
             [Ev("attack", "attack", place="Salisbury", roles={"perpetrator": ["Russia"]}, status="suspected")]),
        Case("h2-invasion", "1990-08-03",
             "Iraq invaded Kuwait on Thursday and seized control of the emirate within hours.",
             [Ev("intervention", "invaded", date="1990-08-02", roles={"agent": ["Iraq"], "target": ["Kuwait"]})]),
        Case("h2-rescue raid", "2016-12-26",
             "Nigerian troops raided a Boko Haram camp in the Sambisa forest on Friday and freed 1,880 "
             "civilians.",
             [Ev("raid", "raided", date="2016-12-23", roles={"agent": ["Nigerian troops"]})]),
        Case("h2-massacre", "1995-07-20",
             "Bosnian Serb forces killed about 8,000 Muslim men and boys after capturing Srebrenica, in the "
             "worst massacre in Europe since the Second World War.",
             [Ev("attack", "massacre", numbers={"killed": 8000})]),
    ]
