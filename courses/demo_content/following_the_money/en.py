from courses.demo_content.blocks import case, checklist, h, key, p, term

MULE_SIGNS = checklist(
    "Signs of a mule account",
    "Banks and financial intelligence units look for these patterns; ask them early for the account history.",
    [
        "A newly opened account suddenly receives many transfers from unrelated people",
        "Money leaves almost as soon as it arrives, often in round amounts",
        "Logins from other countries or from many different devices",
        "Several accounts opened with the same phone number, address or device",
        "The holder's profile does not fit the volume of money: a student, a day labourer, a visitor on a short visa",
    ],
)

MULE_CASE = case(
    "From a romance scam to a mule account",
    "<p>A victim transferred her savings to a “partner” she met online. The receiving account belongs to a 19-year-old "
    "student, who says he was paid to open it for a “part-time job”.</p>",
    "<ul><li>Is the student a suspect, a witness or a victim?</li><li>Which records do you ask the bank for?</li></ul>",
    "<p>Treat him first as a source: he can say who recruited him and to whom he handed the bank card and passwords. Ask the "
    "bank for the account opening file, the login IP addresses and devices, and the outgoing transfers, which lead to the next layer.</p>",
)

LESSON_ONE_START = [
    p(
        "<p>Scam compounds are businesses. Victims of romance, investment and job scams are persuaded to send money by bank "
        "transfer, e-wallet or the purchase of crypto-assets. Within minutes the money is moved on through many accounts, so "
        "that it is hard to follow and to recover.</p>"
    ),
    h("The layers of a scam payment"),
    p(
        "<ol><li><b>Collection:</b> the victim pays into an account controlled by the network, often a money mule's account "
        "in the victim's own country.</li>"
        "<li><b>Layering:</b> the funds are split and moved through further mule accounts, e-wallets and payment agents, often "
        "across borders, or used to buy crypto-assets.</li>"
        "<li><b>Integration:</b> the money reaches the organisers as stablecoins, cash from underground bankers, casino chips or property.</li></ol>"
    ),
    term(
        "Money mule",
        "A person who lets criminals use their bank or e-wallet account, or opens one for them, to receive and pass on the "
        "proceeds of crime. Some know what they are doing; many are recruited with false job offers or are deceived themselves.",
    ),
    MULE_SIGNS,
]

ACT_WITHIN_HOURS = key(
    "Act within hours",
    "<p>The chance of recovering money falls with every transfer. As soon as a victim reports, ask the receiving bank to hold "
    "the funds under your national procedure, and send the account details to your financial intelligence unit.</p>",
)

# The lesson as it was before the "Act within hours" point was added (the Thai translation was made from it).
LESSON_ONE_EARLIER = [*LESSON_ONE_START, MULE_CASE]

CONTENT = {
    "title": "Following the money: financial investigations and crypto tracing",
    "summary": (
        "How the proceeds of scam compounds move through money mules, underground banking, casinos and crypto-assets, and "
        "how investigators trace, freeze and recover them."
    ),
    "outcomes": [
        "Describe how scam proceeds are collected, layered and integrated",
        "Recognise money mule accounts and ask banks for the right records",
        "Explain how underground banking and casinos move value across borders",
        "Trace crypto-asset transactions on a public blockchain and identify exchanges",
        "Act quickly to freeze funds and secure seized crypto-assets",
    ],
    "lessons": [
        {
            "title": "Money mules and the flow of scam proceeds",
            "summary": "How victims' money moves from the first transfer to the organisers, and where investigators can stop it.",
            "body": [*LESSON_ONE_START, ACT_WITHIN_HOURS, MULE_CASE],
        },
        {
            "title": "Underground banking and casinos",
            "summary": "How informal value transfer and casinos move money across borders without leaving a trace in the banking system.",
            "body": [
                p(
                    "<p>Underground banking moves value, not money. A customer hands cash or a transfer to a banker in one country, "
                    "and a partner pays out the equivalent in another. The bankers settle between themselves later, through trade, "
                    "cash couriers or crypto-assets. No funds cross the border through the banking system, so banks have little to report.</p>"
                ),
                p(
                    "<p>UNODC's 2024 report on casinos, money laundering, underground banking and transnational organised crime in "
                    "East and Southeast Asia describes how scam proceeds are laundered through these networks, through casinos and "
                    "junket operators in the Mekong region, and more and more through stablecoins such as USDT.</p>"
                ),
                h("What to look for"),
                p(
                    "<ul><li>Ledgers, notebooks or chat groups recording amounts, names and codes instead of bank transactions</li>"
                    "<li>Photographs of banknotes with their serial numbers, used as a token to collect cash</li>"
                    "<li>Payment agents who turn cash into e-wallet balances or crypto-assets for a fee</li>"
                    "<li>Large purchases of casino chips followed by little play and a cash-out</li></ul>"
                ),
                term(
                    "Junket operator",
                    "A company that brings gamblers to casinos, lends them credit and collects their debts. Junkets have been used to "
                    "move large sums across borders outside the banking system.",
                ),
                key(
                    "Follow the people, not only the accounts",
                    "<p>Underground bankers keep records because they must settle with each other. Seizing their phones and ledgers "
                    "can reveal hundreds of transactions. Plan searches with your financial investigators, so that these records "
                    "are taken and preserved as digital evidence.</p>",
                ),
            ],
        },
        {
            "title": "Crypto tracing and freezing assets",
            "summary": "Reading the blockchain, finding the exchanges, and acting fast to freeze crypto-assets.",
            "body": [
                p(
                    "<p>Most cryptocurrencies record every transaction on a public ledger, the blockchain. Anyone can see that an "
                    "amount moved from one address to another, and when. What the blockchain does not show is who controls each "
                    "address: for that you need the records of exchanges and other service providers.</p>"
                ),
                term(
                    "Wallet address",
                    "A string of letters and numbers that receives crypto-assets, like an account number. One person or group may control thousands of addresses.",
                ),
                h("First steps in tracing"),
                p(
                    "<ol><li>Collect from the victim and from seized devices every address, transaction hash (ID), amount, date and screenshot.</li>"
                    "<li>Look up the transactions in a block explorer for that blockchain, and follow the funds from address to address.</li>"
                    "<li>Watch for deposits into exchanges and other virtual asset service providers: they know their customers and "
                    "can be asked for account details.</li>"
                    "<li>Record each step, with links and times, so that another investigator can repeat it.</li></ol>"
                ),
                key(
                    "Freeze quickly",
                    "<p>Crypto-assets move in minutes. When you find funds at an exchange, ask it at once to freeze the account under "
                    "your legal procedure. Some stablecoin issuers can also freeze the tokens held at an address when law "
                    "enforcement asks. Send the formal order or request as soon as possible after the first contact.</p>",
                ),
                h("Seizing crypto-assets from suspects"),
                p(
                    "<p>Look for hardware wallets, seed phrases written on paper or stored in phones, and exchange apps. A seed phrase "
                    "gives control of the funds: photograph and record it as an exhibit, never type it into an online tool, and move "
                    "the assets to a wallet controlled by your agency only as your national procedure provides.</p>"
                ),
                term(
                    "Seed phrase",
                    "A list of 12 or 24 words that restores a crypto wallet and controls all its funds. Whoever holds it holds the money.",
                ),
            ],
        },
    ],
    "quiz": {
        "title": "Following the money: quiz",
        "intro": "Five questions on the three lessons. You need 70% to pass, and you have three attempts.",
        "questions": [
            {
                "text": "What is the main purpose of the “layering” stage of a scam payment?",
                "explanation": "Layering moves and splits the funds so that investigators lose the trail.",
                "choices": [
                    ("To make the money hard to follow and to recover", "Correct."),
                    ("To pay the victims back", "No: victims are not repaid."),
                    ("To declare the money to the tax authority", "No: the aim is to hide it."),
                ],
            },
            {
                "text": "A money mule is always a member of the criminal organisation.",
                "explanation": "Many mules are recruited with false job offers or are deceived; each case needs to be assessed.",
                "choices": [
                    ("True", "Not so: many mules are recruited with false job offers, and some are victims themselves."),
                    ("False", "Right: some mules are complicit, many are deceived."),
                ],
            },
            {
                "text": "Which of these suggest that an account is used as a mule account? Choose all that apply.",
                "explanation": "Many unrelated payers, money leaving at once and logins from abroad are typical of mule accounts.",
                "choices": [
                    ("It receives many transfers from unrelated people", "Yes."),
                    ("Money leaves almost as soon as it arrives", "Yes."),
                    ("It is accessed from several countries", "Yes."),
                    ("The holder pays a monthly phone bill from it", "No: this is ordinary use."),
                ],
            },
            {
                "text": "What does a public blockchain not tell you?",
                "explanation": "The blockchain shows amounts and times; exchanges' records show who is behind an address.",
                "choices": [
                    ("Who controls an address", "Correct: for this you need the records of exchanges and other providers."),
                    ("When the funds moved", "The blockchain does record the time of each transaction."),
                    ("How much moved", "The blockchain does record the amount of each transaction."),
                ],
            },
            {
                "text": "You find a seed phrase written in a suspect's notebook. What do you do?",
                "explanation": "A seed phrase controls the funds: record it as an exhibit and secure the assets under your procedure.",
                "choices": [
                    ("Record and photograph it as an exhibit, and secure the funds under your national procedure", "Correct."),
                    (
                        "Type it into an online wallet to check the balance",
                        "No: this may expose the funds to others and changes the evidence.",
                    ),
                    ("Ignore it: only hardware wallets matter", "No: the seed phrase alone gives control of the funds."),
                ],
            },
        ],
    },
}
