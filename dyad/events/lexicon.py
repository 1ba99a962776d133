"""Closed word classes the event rules test words against: light verbs, placeholder and quantity objects,
hypothetical, demanding, intent and refusal heads, victim and crowd nouns, the CAMEO roots and code maps
of intents, threats and refusals, and the classes of ``dyad/data/predicates.tsv``.

They are kept apart from the rules so that the rules read as syntax and the word lists can be read (and
extended) in one place; every part of :mod:`dyad.events` imports what it tests from here.
"""

from __future__ import annotations

# Verbs whose noun object names the real event: 'announced the cancellation', 'ordered the return'.
LIGHT_VERBS = {"announce", "order", "make", "carry", "conduct", "launch", "hold", "pay", "stage", "begin", "start",
               "declare", "mount", "undertake", "call", "demand", "plan", "approve", "authorize", "authorise",
               "confirm", "decide", "unveil", "initiate", "complete", "continue", "resume", "speed", "accelerate",
               "finish", "reiterate", "renew", "repeat", "restate", "voice", "express", "intensify", "step"}
# Objects that stand for the action they introduce: 'cancelling plans to visit Israel' → visit.
PLACEHOLDER_OBJECTS = {"plan", "intention", "decision", "trip", "plans", "proposal", "bid", "effort", "attempt"}
# Of those, the nouns whose infinitive is only intended ("Kenya's plan to close the border": CAMEO 03/13, not the act).
PLAN_NOUNS = frozenset({"plan", "plans", "intention", "proposal", "bid"})
# Nouns of a secret design: what one plots 'to' do is not done ('a plot to seize the airport').
PLOT_NOUNS = frozenset({"plot", "scheme", "conspiracy"})
# Amounts and collectives whose 'of' complement is the real object: 'provided 25,000 tons of food aid',
# '$50,000 worth of goods', 'received a mission of observers'.
QUANTITY_OBJECTS = {"ton", "tonne", "kg", "kilogram", "pound", "barrel", "litre", "liter", "gallon", "worth",
                    "thousand", "hundred", "million", "billion", "dozen", "number", "lot", "amount", "quantity",
                    "shipment", "consignment", "batch", "load", "truckload", "planeload", "package", "convoy",
                    "supply", "wave", "round", "series", "string", "team", "mission", "contingent", "detachment",
                    "squad", "battalion", "delegation", "group", "handful", "couple", "score", "bunch",
                    # nouns of a run of acts, whose 'of' phrase is the act: 'a campaign of arrests', 'a spate of raids'
                    "campaign", "spate", "spree", "flurry", "barrage", "volley"}
# Verbs by which the subject makes a plan its own: 'Britain announced plans to fund ...' (the subject
# of the planned act is theirs); not 'abandoned/criticised plans to ...'.
PLAN_GOVERNORS = {"announce", "unveil", "confirm", "approve", "adopt", "outline", "present", "reveal", "make",
                  "have", "draw", "finalize", "finalise", "launch", "declare"}
# Heads under which a verb is not an accomplished fact.
HYPOTHETICAL_HEADS = {"threaten", "plan", "want", "intend", "consider", "vow", "pledge", "promise", "seek", "hope",
                      "propose", "offer", "aim", "try", "prepare", "wish", "expect", "may", "might", "could", "would",
                      "urge", "ask", "call", "demand", "refuse", "warn", "decline"}
# Documents that speak for whoever issues them: 'issued a declaration demanding ...' is the issuer's demand.
STATEMENT_NOUNS = {"statement", "declaration", "communique", "communiqué", "letter", "resolution", "message", "note",
                   "appeal", "memorandum", "report", "decree", "motion", "petition", "proclamation", "ultimatum"}
# Nouns of 'in ... of/to/with X' that name whom an act answers: 'in defiance of', 'in retaliation for'.
STANCE_NOUNS = {"defiance", "protest", "opposition", "retaliation", "response", "solidarity", "support",
                "reaction", "revenge", "reprisal", "violation", "contravention"}
# Particles the parser may attach as adverbs right after their verb ('stepped down', 'pulled back'): read as
# particles when matching the verb's patterns.
ADVERB_PARTICLES = {"down", "up", "out", "off", "back", "away", "together", "free"}  # 'set free' as advmod
# Verbs whose helped party the parser may make the subject of the complement: 'helped Zambia rebuild a railway'.
HELPING_VERBS = frozenset({"help", "assist", "enable"})
# Named-entity labels of a place a verb pattern's '@place' prepositional object names ('withdrew from Mali').
PLACE_ENTITIES = frozenset({"GPE", "LOC"})
# Modifiers by which an event noun names what has not happened: 'a planned offensive', 'possible talks'.
UNREALISED_MODIFIERS = {"plan", "planned", "propose", "proposed", "possible", "potential", "future", "threaten",
                        "threatened", "expected", "imminent", "prospective", "hypothetical",
                        "aborted", "abortive"}
# Reciprocal fights whose 'with' phrase names the other side: 'killed in a clash with the army'.
FIGHT_NOUNS = {"clash", "encounter", "gunfight", "gunbattle", "shootout", "firefight", "battle", "skirmish",
               "fighting", "exchange", "confrontation", "fight", "standoff"}
MODALS = {"would", "could", "might", "may", "should", "must", "can"}
NEGATORS = {"not", "n't", "never", "no"}
TARGET_PREPS = ("against", "with", "to", "on", "at", "toward", "towards", "into", "from", "over", "upon", "for")
# Nouns naming a charge someone made: rejecting or denying one answers its maker ('rejected the accusation').
CHARGE_NOUNS = {"accusation", "allegation", "charge", "claim", "criticism", "assertion",
                # what a charge lays on its target: denying it answers the accuser ('denied any wrongdoing')
                "wrongdoing", "involvement", "responsibility", "complicity", "guilt", "blame"}
# Nouns of putting someone out of a body or place, whose possessor undergoes it and whose 'from' phrase names
# who does it ("Mali's suspension from the African Union": the Union suspends Mali).
REMOVAL_NOUNS = frozenset({"suspension", "expulsion", "exclusion", "removal", "ouster", "ejection", "eviction",
                           "dismissal", "ban", "barring", "deportation", "extradition"})
# Ties a denial (016) disowns: their 'with' or 'in' phrase names the other party or the deed, not whom the denial
# answers ('denied any links with the militia' answers the accuser).
DENIED_TIES = frozenset({"link", "tie", "connection", "role", "hand", "part", "contact", "association"})
# Documents whose denial answers the accusation they carry ('rejected the report as baseless'): only as the
# object of a denial (016), since a report is also what confirms a fact ('confirmed reports that ...').
ACCUSING_DOCUMENTS = frozenset({"report", "finding", "findings", "study", "investigation"})
# Charge nouns that can name any assertion, not only an accusation: rejecting 'the claim' answers whoever
# last made one ('the minister defended the police ... the opposition rejected the claim').
STATEMENT_CHARGES = {"claim", "assertion"}
ACCUSATION_OBJECTS = {"crime": "1124", "atrocity": "1124", "genocide": "1124", "massacre": "1124",
                      "violation": "1122", "abuse": "1122", "terrorism": "112", "aggression": "1123",
                      "war": "1123", "attack": "1123", "corruption": "1121", "fraud": "1121", "espionage": "1125",
                      "explosion": "112", "blast": "112"}
# Verbs by which a subject is said to do what an accusation object names ('committed a crime', 'waged a war',
# 'carried out a massacre'); not 'discussed the war', 'condemned the attack', 'investigated the abuse'.
PERPETRATING_VERBS = {"commit", "perpetrate", "carry", "wage", "launch", "start", "conduct", "stage", "unleash",
                      "orchestrate", "mastermind", "instigate", "sponsor", "finance", "fund", "support", "practise",
                      "practice", "engage", "plan", "order", "mount", "declare"}
# Verdicts that rule a proposal or an act out: 'is unacceptable', 'is not an option' (with a negation).
REJECTING_PREDICATES = {"unacceptable", "inadmissible", "unthinkable", "non-negotiable", "nonnegotiable",
                        "insufficient", "inadequate", "unsatisfactory", "unworkable", "unrealistic",
                        "void", "null", "invalid"}
ACCEPTING_PREDICATES = {"acceptable", "option", "negotiable", "enough", "sufficient", "adequate", "satisfactory"}
# Codes whose clausal complement is wished for, not done: appeals, demands, threats ('urged that ...').
UNREALISED_ROOTS = {"02", "10", "13"}
# Verbs whose 'that' clause says what someone else should do, coded or not: 'urged that Israel withdraw'.
DEMANDING_HEADS = {"demand", "urge", "ask", "request", "insist", "appeal", "propose", "suggest", "recommend"}
# Verbs of appeal whose object (or 'on'/'to' party) is asked to do what an infinitive says ('called on X to
# free ...', 'urged Y to withdraw'): the infinitive is the appeal's content, also where the parser reads it as
# a purpose clause.
APPEALING_HEADS = frozenset({"call", "urge", "ask", "appeal", "press", "implore", "exhort", "request", "beg"})
# ... and nouns of appeal, whose infinitive ('an appeal to both sides to free ...', 'a call on X to stop ...') is
# their content.
APPEAL_NOUNS = frozenset({"appeal", "call", "plea", "request", "demand", "ultimatum", "invitation"})
CONFLICT_ROOTS = {"17", "18", "19", "20"}
# Roots of force (18 assault, 19 fight, 20 mass violence), which no document uses and whose undertakings ('an
# operation', 'a campaign') a peaceful modifier disowns.
FORCE_ROOTS = frozenset({"18", "19", "20"})
# Accidents: a death or injury they cause is no one's act ('killed when their plane crashed', 'died in a crash').
ACCIDENT_VERBS = frozenset({"crash", "collapse", "capsize", "sink", "derail", "overturn", "plunge", "veer", "skid"})
ACCIDENT_NOUNS = frozenset({"crash", "accident", "collapse", "derailment", "capsizing", "stampede", "earthquake",
                            "avalanche", "mudslide", "cyclone", "hurricane", "typhoon", "tornado", "blaze"})
# Verbs of taking ground by force: the side it is taken 'from' is the target, not the town or building taken.
TAKING_VERBS = frozenset({"seize", "capture", "recapture", "retake", "take", "reclaim", "wrest", "win", "regain"})
# Verdicts (CAMEO 116: convict, sentence, find guilty) fall on people a court holds, like arrests: 'a court
# jailed 40 protesters' with no state named for them acts on the people of the court's own state.
VERDICT_CODES = frozenset({"116"})
# Acts done only to people (CAMEO 116 verdicts, 173 arrests, 174 expulsions): their object is a person whatever
# noun names them.
PERSON_OBJECT_CODES = frozenset({"116", "173", "174"})
# Nouns that stand for a kind named before ('killed one soldier and wounded two others'): no people of their own.
ELLIPTIC_NOUNS = frozenset({"other", "others", "one", "ones", "rest"})
# Plural round numbers that stand alone for people ('dozens were arrested', 'hundreds fled'): a bare count of
# persons, where no 'of' phrase names what is counted.
ROUND_NUMBER_NOUNS = frozenset({"dozen", "hundred", "thousand", "score", "million"})
# An appeal for or demand of the release of people (CAMEO 0253, 1053) is made of whoever holds them, who took
# them by an arrest or detention (17x) or an abduction (181).
RELEASE_DEMAND_CODES = frozenset({"0253", "1053"})
CAPTURE_CODES = frozenset({"181"})
# Releasing people (CAMEO 0841) undoes such holding: unnamed prisoners freed are of the releasing state too.
RELEASE_CODES = frozenset({"0841"})
# Roots of acts that conjoined actors do to each other when the clause names no one else: they meet, agree,
# cooperate, make peace, cut ties or fight ('Chile and Peru signed a pact', 'the two sides traded fire'). Other acts
# of a conjoined subject are aimed at a third party the clause leaves unsaid ('Chile and Peru condemned the coup',
# 'rejected the proposal', 'deployed warships'), never at each other.
RECIPROCAL_ROOTS = frozenset({"03", "04", "05", "06", "08", "16", "19"})
# Of diplomatic cooperation (05) only signing and cooperating are done to each other; praise, support, regret,
# apology and forgiveness of a conjoined subject are of a third party or act ('Cuba and Norway welcomed the
# accord', 'expressed regret at the decision').
# Nor are intents to give aid (033: 'Chile and Peru pledged aid' is pledged to a third party) or to mediate (039:
# 'Egypt and Qatar offered to mediate' between others).
ONE_WAY_COOPERATION = frozenset({"051", "052", "053", "055", "056", "033", "039"})
# Street protest (CAMEO 140 unspecified, 141 demonstrate or rally, 145 protest violently): with no target named
# it presses the authorities (setting.protested_government). Strikes and hunger strikes (142, 143) may be aimed
# at an employer or anyone else, so they keep no target the text does not give.
STREET_PROTEST_CODES = frozenset({"140", "141", "145"})
# A riot (CAMEO 145 and its subcodes) is force by its doers: those hurt when rioters threw stones were hurt by them.
VIOLENT_PROTEST_CODES = frozenset({"145", "1451", "1452", "1453", "1454"})
# Verbs of removing people from a state: in an agentless passive 'from X' names the state that removes them
# (its government is the implicit agent), never the target ('a Danish citizen was deported from Russia').
REMOVAL_VERBS = frozenset({"deport", "expel", "exile", "extradite", "banish"})
# Mediation (CAMEO 045): mediators act between others, so conjoined mediators do not act on each other.
MEDIATION_CODES = ("045",)
# Verbs of what befalls someone ('warned that Iran would pay a heavy price', 'would face consequences',
# 'would regret it'): a warning that a party will undergo them threatens that party.
CONSEQUENCE_VERBS = frozenset({"pay", "face", "suffer", "regret", "bear", "feel", "lose", "reap", "rue", "answer"})
# Verbs of a third party's good offices: 'a truce brokered by Egypt', 'talks mediated by the EU', 'a
# Turkish-brokered deal' name the mediator, who is no party to what is agreed or discussed.
MEDIATING_VERBS = frozenset({"mediate", "broker", "arbitrate"})
# Nouns for the go-betweens of talks ('the two mediators'), which refer back to those who brokered them.
MEDIATOR_NOUNS = frozenset({"mediator", "broker", "facilitator", "guarantor", "intermediary", "go-between"})
# Determiners by which a description of an act refers back to one already told ('condemned the move').
ACT_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
# Roots of acts done in words only (statements, appeals, demands, criticism): no 'move' or 'decision' an
# actor could react to ('regretted the decision' then 'condemned the move' refers to the decision).
VERBAL_ROOTS = frozenset({"01", "02", "10", "11"})
# Roots of reactions to another's act, whose target may be the author of an act the text refers back to.
REACTION_ROOTS = frozenset({"05", "10", "11", "12", "13"})
# Bodies of a society that hold its government to account for acts of governing named with no owner
# ('the opposition rejected the budget'): not state organs, parties (a ruling party too), or legislatures.
SOCIETY_SECTORS = frozenset({"OPP", "HRI", "NGO", "MED", "EDU", "REL", "LAB", "CVL", "BUS", "AGR", "HLH"})
# Verbs of a misdeed against another state that a speaker lays on its subject: 'Y was meddling in its
# affairs', 'Y violated its airspace'.
MISDEED_VERBS = frozenset({"interfere", "meddle", "intervene", "violate", "breach", "destabilise", "destabilize",
                           "undermine", "subvert", "incite", "betray", "deceive", "mislead", "sabotage", "obstruct"})
# Verbs of failing a duty: a report that its subject failed, neglected or ignored something criticises it (111)
# ('said the ministry had failed to protect the villagers', 'said the council ignored the warnings').
FAILING_VERBS = frozenset({"fail", "neglect", "ignore", "disregard", "mismanage", "squander", "lie", "renege"})
# Verbs of attempt whose infinitive names the act a report lays on their subject ('said Y was trying to
# destabilise the region', 'sought to undermine the talks').
ATTEMPT_VERBS = frozenset({"try", "seek", "attempt", "plot", "conspire", "aim", "want", "plan", "scheme",
                           "use", "exploit"})  # ('was using the courts to crush dissent': the purpose is the misdeed)
# Nouns of armed groups: aid said to go to them ('arming militias') is an accusation of the giver.
ARMED_GROUP_NOUNS = frozenset({"rebel", "militia", "militant", "insurgent", "guerrilla", "gunman", "terrorist",
                               "jihadist", "separatist", "fighter", "mercenary"})
# Military de-escalation (CAMEO 087x: demobilize, retreat): said in an agentless passive of the forces
# that stand down ('the guerrillas have been demobilized').
SELF_MOVING_CODES = ("0873", "0874")
# Force postures (CAMEO 151-154) said in an agentless passive of the forces themselves ('the army was placed on
# alert', 'riot police were deployed'): the forces' own state does it.
POSTURE_CODES = ("151", "152", "153", "154")
# Withdrawing peacekeepers or monitors (1661, 1662) is done by whoever sent them, so an agentless passive
# of withdrawal ('peacekeepers were pulled out of the enclave') has them as source; not one of expulsion.
WITHDRAWAL_CODES = ("1661", "1662")
WITHDRAWING_VERBS = {"withdraw", "pull", "ship", "evacuate"}
# Intents, aid, cooperation and concessions: acts that can answer talks with another party.
COOPERATIVE_ROOTS = {"03", "04", "05", "06", "07", "08"}
# Future or intended acts are intents (CAMEO 03) when cooperative and threats (13) when hostile:
# 'the rebels said they will release ...' is AGREE, 'Palestinian leaders said they would boycott ...' is
# THREATEN (CAMEO manual; PLOVER codes these the same way).
FUTURE_AUX = {"will", "would", "'ll", "shall", "wo"}
INTENT_HEADS = {"vow", "pledge", "promise", "plan", "intend", "offer", "prepare", "agree", "decide", "swear",
                "willing", "prepared", "ready", "determined", "going", "expect", "commit", "committed", "undertake",
                "volunteer",
                # a schedule announced: 'is due to visit', 'is scheduled to meet', 'is set to sign'
                "due", "scheduled", "slated", "set", "schedule", "slate"}
# Participles that describe their subject's resolve or schedule, not something done to it ('is committed to',
# 'is scheduled to visit').
ADJECTIVAL_PASSIVES = {"committed", "determined", "resolved", "poised", "dedicated", "scheduled", "slated", "set"}
# Aspectual verbs an intent reaches through: 'prepared to resume shelling', 'vowed to continue fighting'.
ASPECTUAL_VERBS = {"resume", "continue", "begin", "start", "keep", "step"}
# Verbs of cessation and the yield (CAMEO 08, 16) that stopping an act of each root is, by the codebook's own
# 'halt + X' entries: 'stopped shelling the town' de-escalates (087), 'ceased arresting protesters' eases
# repression (081), 'halted supplying arms' cuts aid (162). A stopped act of another root did not happen.
CEASING_VERBS = {"stop", "cease", "halt", "quit", "suspend", "end"}
CESSATION_CODES = {"18": "087", "19": "087", "20": "087", "17": "081", "14": "082", "07": "162", "06": "160",
                   "04": "164"}
# Verbs of compulsion: 'was forced to flee', 'were compelled to use force' with no agent say the subject had
# no choice (circumstance), not that anyone coerced it.
COMPELLING_VERBS = {"force", "compel", "oblige", "obligate"}
# Heads of physical readiness: readying force is a show of force posture (CAMEO 15), not a verbal threat.
PREPARING_HEADS = {"prepare", "mass", "gear", "poise", "ready", "mobilize", "mobilise"}
# Verbs whose infinitive names what is threatened: the act they govern is a threat (CAMEO 13), never the act.
THREATENING_HEADS = frozenset({"threaten"})
INTENT_CODES = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035", "14": "133", "15": "138",
                "17": "132", "18": "138", "19": "138", "20": "138"}
THREAT_CODES_16 = {"161": "1313", "162": "1311", "163": "1312", "164": "134", "165": "135", "166": "136"}
# Roots of acts that an infinitive of purpose names as an aim, not a fact ('deployed troops to attack X').
PURPOSE_UNREALISED_ROOTS = {"18", "19", "20"}  # not 17: 'fired tear gas to disperse them' mostly did
WEAPON_SUBJECTS = {"explosion", "blast", "bomb", "mine", "shell", "rocket", "missile", "fire", "violence", "clash",
                   "fighting", "car", "device", "grenade", "minefield", "shelling", "gunfire", "airstrike"}
# Unnamed victims of violence with no named perpetrator: the article's main state on both sides.
VICTIM_NOUNS = {"people", "person", "civilian", "resident", "villager", "protester", "demonstrator", "child",
                "woman", "man", "student", "worker", "passenger", "pilgrim", "worshipper", "youth", "teenager",
                "boy", "girl", "farmer", "shepherd", "tourist", "family", "bystander", "shopper", "motorist"}
# Those an implicit institution acts on ('four men were deported'), when the text names no actor among them.
DETAINEE_NOUNS = {"activist", "journalist", "suspect", "dissident", "migrant", "refugee", "member", "supporter",
                  "leader", "official", "reporter", "blogger", "lawyer", "opponent", "critic", "militant"}
# Unnamed people who act as a body: 'thousands of people filled the squares of Lima'.
CROWD_NOUNS = VICTIM_NOUNS | {"crowd", "mob", "throng", "marcher", "youngster", "local", "citizen", "supporter",
                               "follower", "sympathiser", "sympathizer", "loyalist", "fan", "mourner", "voter"}
# A refused cooperative act is a rejection (CAMEO 12): 'will not accept refugees', 'declined to resign',
# 'failed to reach agreement'. By the root of the refused act.
REFUSAL_CODES = {"03": "120", "04": "125", "05": "120", "057": "127", "06": "121", "07": "121", "08": "124"}
REFUSING_HEADS = {"refuse", "decline", "fail", "reject", "rule"}
# Verbs whose gerund complement after a preposition is refused: 'balked at endorsing', 'refrained from
# endorsing', 'shied away from condemning'.
REFUSING_PREP_HEADS = {("balk", "at"), ("baulk", "at"), ("refrain", "from"), ("shy", "from"), ("stop", "at")}
# Verbs that name what their object is: 'called the sanctions illegal', 'described the report as biased'.
CALLING_VERBS = {"call", "brand", "label", "term", "dub", "deem", "describe"}
# Verbs that give their object a predicate with 'as': 'described the offer as constructive', 'regarded the
# move as a provocation', 'hailed the accord as a breakthrough', 'denounced the vote as a farce'.
AS_LABELLING_VERBS = CALLING_VERBS | {"characterize", "characterise", "portray", "depict", "regard", "view",
                                      "see", "consider", "treat", "hail", "denounce", "condemn", "dismiss",
                                      "criticize", "criticise", "praise", "welcome", "reject", "slam"}
# Those of them that are acts of their own, whatever predicate follows: 'dismissed the claims as baseless' still
# denies them (016), 'rejected the offer as an insult' still rejects it; only calling verbs merely name.
SELF_CODING_LABELLERS = frozenset({"hail", "denounce", "condemn", "dismiss", "criticize", "criticise", "praise",
                                   "welcome", "reject", "slam"})
# Prepositions that introduce what a feeling is about: 'appalled by', 'outraged at', 'angry over', 'pleased with'.
STIMULUS_PREPS = {"by", "at", "over", "with", "about"}
# Nouns whose 'of' phrase names who suffers, not who acts: 'the death of the journalist was shocking'.
PATIENT_NOUNS = {"death", "loss", "plight", "fate", "suffering", "treatment"}
# Nouns of acts done to a person, whose possessor is the one who undergoes it ('his detention', 'her
# expulsion'), not the one who does it ('his attack', 'her decision').
UNDERGONE_ACT_NOUNS = frozenset({"detention", "arrest", "imprisonment", "incarceration", "jailing", "abduction",
                                 "kidnapping", "killing", "murder", "assassination", "execution", "deportation",
                                 "expulsion", "extradition", "conviction", "sentencing", "prosecution", "dismissal",
                                 "ouster", "sacking", "removal", "torture", "internment", "custody"})
# Pronouns that stand for no actor in a judgement: 'it was unacceptable that ...', 'this is absurd'.
EMPTY_PRONOUNS = {"it", "this", "that", "which", "what", "there"}
LOCATION_PREPS = {"in", "at", "near", "outside", "inside", "across", "throughout"}
# Prepositions that place a thing by a landmark beside it (not in it): the landmark is no party to an act
# on the thing ("shelled positions near the Malian border").
LANDMARK_PREPS = {"near", "along", "outside", "beside", "alongside", "across", "past", "beyond", "around"}
# Consultations (CAMEO 04: meetings, talks, negotiations, mediation) are held somewhere, and the place a
# location preposition names is their venue, no party ('met his Peruvian counterpart in Quito'); visits
# (042, 043) are the exception: the place visited is what they are to. Other acts keep a placed target
# ('lifted the curfew in X', 'renewing a licence in X': CAMEO codes the place's state as their target).
VENUE_ROOTS = ("04",)
# Verbs of talking about something: their object is the topic ('discussed border security', 'debated the
# refugee question'), never a party to the talks; the parties are the subjects and 'with'.
TOPIC_VERBS = frozenset({"discuss", "debate", "review", "examine", "address"})
VISIT_CODES = ("042", "043")
# A show or build-up of force (CAMEO 15) by a border or frontier is aimed at the state whose border it is:
# 'massed troops near the Finnish border', 'reinforced positions along the frontier with Chad'.
BORDER_NOUNS = frozenset({"border", "frontier", "boundary", "borders", "frontiers"})
# The same holds for a show of force off a state's coast or near, around or over it ('flew bombers near
# Japan', 'held drills off the coast of Oman'): the state so placed is the target.
POSTURE_PLACE_PREPS = frozenset({"near", "off", "around", "over", "toward", "towards", "close"})
COAST_NOUNS = frozenset({"coast", "coastline", "shore", "shores", "waters", "island", "islands"})
# Acts whose object is the thing passed on, never a party: 'exchanged intelligence' (the word also names an
# agency, 'Pakistani intelligence'); the parties are the subjects and the 'with'/'to' phrase.
THEME_OBJECT_CODES = ("064",)


def _predicate_classes() -> dict[str, dict[str, tuple[str, str]]]:
    """``dyad/data/predicates.tsv`` by role: word → (code, preposition)."""
    from dyad.codebooks import data_path
    classes: dict[str, dict[str, tuple[str, str]]] = {}
    header: list[str] = []
    for line in data_path("predicates.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not header:
            header = cells
            continue
        row = dict(zip(header, cells + [""] * (len(header) - len(cells))))
        classes.setdefault(row["role"], {})[row["word"].strip().lower()] = (row["code"].strip(), row["prep"].strip())
    return classes


_CLASSES = _predicate_classes()
LIGHT_VERBS |= set(_CLASSES.get("light", {}))
INTENT_HEADS |= set(_CLASSES.get("intent", {}))
# Aspectual and existential verbs whose event-noun subject is the event: 'the shelling of the port continued'.
FRAME_VERBS = set(_CLASSES.get("frame", {}))
# Adjectives whose 'to' complement is refused: 'is unwilling to compromise' (CAMEO 12).
REFUSING_ADJECTIVES = set(_CLASSES.get("refusal", {}))
# Words of taking part whose 'in' phrase is an act the subject took part in: 'took part in the raids',
# 'were involved in the killing of protesters', 'had a hand in', 'is complicit in'.
PARTICIPATION_WORDS = frozenset(_CLASSES.get("participation", {}))
# Adjectives and participles that code themselves: 'opposed to the plan' (110), their preposition's object the target;
# word -> (code, prepositions), a row listing several ('concerned about|over|by') split here once.
STANCE_PREDICATES = {word: (code, tuple(preps.split("|")))
                     for word, (code, preps) in _CLASSES.get("stance", {}).items()}
# Modifiers and adverbs by which the parties act together ('a joint exercise', 'worked together'), the codes a
# show of force (15) or an inspection (09) takes when done jointly, and the undertakings ('a joint venture')
# that, begun or run jointly, are cooperation; with the verbs that begin or run them.
JOINT_WORDS = set(_CLASSES.get("joint", {}))
JOINT_CODES = {"15": "062", "09": "060"}
# Subjects by which force comes from the air ('warplanes', 'the air force': a head, or modifier and head), and
# the force codes (a bombing 183, force unspecified 180/190) that such a subject makes CAMEO 195.
AERIAL_SUBJECTS = set(_CLASSES.get("aerial", {}))
# ... and the modifiers by which an event noun names such force ('air strikes', 'drone attacks', 'a missile strike').
AERIAL_MODIFIERS = {w for w in AERIAL_SUBJECTS if " " not in w} | set(_CLASSES.get("aerial_modifier", {}))
AERIAL_CODE = "195"
AERIAL_RECODED = {"180", "183", "190"}
# Modifiers of what is given that name the kind of aid ('humanitarian aid', 'military assistance'): aid not
# specified below (070) becomes economic (071), military (072) or humanitarian (073), as CAMEO divides it.
AID_KINDS = {word: code for word, (code, _) in _CLASSES.get("aid_kind", {}).items()}
# The codes so divided: aid (070, and money given, 071), and support (051) or the intent to give it (030, 032, 033,
# money pledged 0331) whose noun is one of aid ('pledged 500 million pounds in military aid': 0332).
AID_RECODED = frozenset({"070", "071", "051", "030", "032", "033", "0331"})
AID_NOUNS = frozenset({"aid", "assistance", "support", "backing", "help", "package"})
# Generic intents and threats a verb of commitment codes by itself ('agreed to', 'pledged to', 'threatened to',
# 'vowed to'), and their nouns ('a threat to', 'a pledge to'): CAMEO makes them specific by the act their
# infinitive names (modality_rules.framed_act).
FRAME_CODES = frozenset({"030", "130"})
# Idioms of effort ('do everything possible to', 'make every effort to', 'spare no effort to'): the verbs and the
# words that make them such, whose infinitive is only the aim (modality_rules.effort_frame).
EFFORT_VERBS = frozenset(_CLASSES.get("effort", {}))
EFFORT_OBJECTS = frozenset(_CLASSES.get("effort_object", {}))
# 'ordered X to leave', 'gave X 72 hours to leave': an order to depart is an expulsion of X.
DIRECTIVE_VERBS = set(_CLASSES.get("directive", {}))
DEPARTURE_VERBS = set(_CLASSES.get("departure", {}))
JOINT_UNDERTAKINGS = {word: code for word, (code, _) in _CLASSES.get("undertaking", {}).items()}
UNDERTAKING_VERBS = {"establish", "set", "create", "form", "build", "run", "operate", "agree", "sign"}
ADJECTIVAL_PASSIVES |= set(STANCE_PREDICATES)
# Verbs that credit their object with the act of their 'for' clause ('thanked Kenya for hosting the talks').
CREDITING_VERBS = frozenset({"thank", "praise", "commend", "congratulate", "hail", "applaud", "laud", "salute",
                             "reward", "honour", "honor", "credit"})
# Heads whose 'of'/'for' complement names an alleged act, not a fact: 'accused X of shelling villages',
# 'arrested them for smuggling arms', 'charges of spying'. The accusation (or arrest) is the event.
ALLEGING_HEADS = {"accuse", "charge", "blame", "suspect", "indict", "convict", "condemn", "denounce", "criticize",
                  "criticise", "fault", "arrest", "detain", "jail", "sentence", "prosecute", "punish",
                  "accusation", "allegation", "suspicion",
                  # police and court usage: 'booked / fined / sued X for ...', 'a case against X for ...'
                  "book", "fine", "sue", "nab", "apprehend", "register", "case", "complaint", "fir"}
# Verbs of discipline and removal whose 'for' gerund names the alleged grounds, no fact: 'two policemen were
# suspended for torturing a suspect', 'was deported for spying' (only for that; their object is whom they act on).
DISCIPLINING_HEADS = frozenset({"suspend", "dismiss", "sack", "expel", "discipline", "reprimand", "penalise",
                                "penalize", "censure", "demote", "deport", "extradite", "execute", "investigate",
                                "probe", "question", "interrogate", "try", "fine", "punish"})
# Vengeance: its object ('avenged the deaths of its fighters') or 'for' phrase ('vowed revenge for the killing')
# is the act avenged, whose victims are never the target; its perpetrator ('by X', 'X's killing') is.
AVENGING_VERBS = frozenset({"avenge", "revenge"})
VENGEANCE_NOUNS = frozenset({"revenge", "retaliation", "vengeance", "reprisal", "retribution"})
# Words of paying back a hostile act with no act named ('vowed revenge', 'vowed to retaliate'): aimed at whoever
# last used force on the side (EventCoder.aggressors); the words above with 'retaliate' and 'payback'.
RETALIATION_WORDS = frozenset({"revenge", "retaliate", "retaliation", "avenge", "vengeance", "reprisal", "payback"})
# Nouns for part of a body ('rogue elements within the police', 'members of the militia', 'factions in the
# army'): accused or blamed, the body they belong to is the target.
PART_NOUNS = frozenset({"element", "member", "section", "faction", "part", "segment", "wing", "remnant", "some",
                        "many", "most", "those"})
# Title-case heads of names of documents, prizes and meetings ('the Quito Peace Accord', 'the Lima Trade
# Programme'): a place that only names such a thing takes no part in the event.
NAMED_THINGS = {"agreement", "accord", "accords", "treaty", "pact", "protocol", "protocols", "convention",
                "conventions", "declaration", "resolution", "act", "law", "plan", "program", "programme", "initiative",
                "prize", "award", "cup", "games", "olympics", "doctrine", "process", "roadmap", "charter",
                "memorandum", "deal", "framework", "agenda", "strategy", "project", "summit", "conference", "talks",
                "forum", "round", "dialogue"}
# Verbs whose subject undergoes the act their event-noun object names: 'faced attacks from the rebels',
# 'suffered raids by the army'; also the verbs by which a subject draws a reaction on itself ('drew criticism
# from Japan', 'attracted condemnation from the UN', 'received praise from the EU'). The noun's 'from'/'by'
# phrase is the agent, the subject the patient.
UNDERGOING_VERBS = {"face", "suffer", "endure", "sustain", "undergo", "weather", "withstand", "survive",
                    "draw", "attract", "earn", "incur", "receive", "invite", "win", "garner", "spark", "provoke",
                    "trigger"}
# Verbs of 'under' + event noun, by which the subject undergoes the act of whoever is named with 'from':
# 'came under attack from rebels', 'remained under assault from militias'.
UNDERGOING_FRAMES = {"come", "be", "remain", "fall"}
# Armed non-state fighters: the likely doers of force with no named perpetrator done to a state's own forces
# ('two soldiers were killed', after rebels were said to attack).
# Nouns of acting together, in 'in <noun> with X' ('in coordination with the army', 'in cooperation with
# Chadian forces', 'in conjunction with'): X shares the act, it is not what the act is done to.
JOINT_MANNER_NOUNS = frozenset({"coordination", "cooperation", "conjunction", "concert", "collaboration",
                                "partnership", "tandem", "consultation", "liaison", "association", "alliance"})


NON_STATE_FIGHTERS = frozenset({"REB", "INS", "UAF", "SEP"})
# Verbs by which a crowd shows what it stands for ('waving Russian flags', 'carrying portraits of the general'):
# what they show is no target of the protest ('burning French flags' is: not listed).
SHOWING_VERBS = frozenset({"wave", "carry", "hold", "display", "brandish", "raise", "fly", "wear"})
