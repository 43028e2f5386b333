package suggest

// The lexicon: curated word lists the extractor relies on. docs/suggest.md
// explains each; keep both in step. Verbs are listed by lemma and inflected
// when a list is first used (verbs.go); every list is built on first use, so
// loading the package costs nothing.

// reportingVerbs introduce speech next to a quote: “…,” she said / she
// warned: “…”.
var reportingVerbs = &lexicon{verbs: true, words: `say tell add warn note state claim argue insist announce confirm deny
explain stress suggest acknowledge admit+ assert declare maintain predict promise report write tweet post
reply respond recall emphasize emphasise underscore caution contend concede observe estimate allege
mention reveal disclose agree believe ask urge propose complain boast vow pledge threaten testify repeat
reiterate remark comment continue trumpet tout hail call describe dismiss quip+ joke shout whisper
assure remind inform insist recount exclaim scoff counter+ retort lament concur+ grumble plead
wonder muse interject recollect conclude recommend accuse question forecast disagree object+`}

// clauseVerbs take a reported clause ("said that…", "warned allies that…");
// other reporting verbs only attribute an adjacent quote.
var clauseVerbs = &lexicon{verbs: true, words: `say tell add warn note state claim argue insist announce confirm deny
explain stress suggest acknowledge admit+ assert declare maintain predict promise report write
emphasize emphasise contend concede estimate allege reveal disclose believe caution reiterate testify
underscore assure remind inform recall reply respond complain boast concur+ concluded
tweet post agree fear expect hope think worry doubt suspect find show indicate conclude
feel signal+ hint project forecast counter+ recommend accuse`}

// bareClauseVerbs take a reported clause without "that" ("said the plant
// would close"); the rest need "that".
var bareClauseVerbs = &lexicon{verbs: true, words: `say tell add report write claim insist argue warn predict believe
estimate confirm announce acknowledge admit+ state note assure remind fear expect hope think worry
doubt suspect find show indicate feel concede recall complain reply agree tweet accuse`}

// positionVerbs report a position rather than an utterance ("residents
// fear the plant will close"): a claim only with a source as subject.
var positionVerbs = &lexicon{verbs: true, words: `fear expect hope think worry doubt suspect believe feel see view regard`}

// findingVerbs report what a document or research found ("the study
// found", "figures show"): with any other subject they are not speech.
var findingVerbs = &lexicon{verbs: true, words: `find show indicate conclude reveal suggest estimate project forecast`}

// infinitiveVerbs report a promise, threat or request whose content is an
// infinitive ("vowed to appeal", "urged residents to stay indoors").
var infinitiveVerbs = &lexicon{verbs: true, words: `vow pledge promise threaten urge ask tell warn advise encourage
expect plan+ demand call`}

// participles introduce a clause whose speaker is the sentence subject:
// "…, saying that its banks should not…".
var participles = &lexicon{words: `saying adding warning noting arguing insisting claiming stressing explaining
suggesting stating telling describing calling accusing urging vowing promising pledging
threatening predicting acknowledging admitting writing signalling signaling`}

// reportingNouns introduce a reported clause: "the ministry’s statement
// that…", "his claim that…".
var reportingNouns = &lexicon{words: `statement statements claim claims assertion comment comments warning remarks
announcement insistence argument view belief promise pledge prediction allegation allegations report
assurance assurances admission fear fears hope hopes conclusion finding findings testimony`}

// notClauseStart are words after a verb that show no clause follows.
var notClauseStart = &lexicon{words: `to for about with of on at in by from up out as so it’s what how nothing
anything`}

// objectWords may sit between a verb and its clause: "told reporters
// that", "warned allies that".
var objectWords = &lexicon{words: `reporters journalists allies lawmakers parliament congress me us him her them
viewers listeners supporters the a an his her their its state media television press audience crowd
senators investors analysts colleagues residents members staff employees workers voters parents
students shareholders customers delegates council committee court jury judge board union`}

// adverbials may sit between a speaker and the verb ("China on Monday
// said", "Lavrov also said") or after the verb ("said Tuesday").
var adverbials = &lexicon{words: `also again later earlier previously repeatedly recently then further separately
publicly privately once has had have last week month year on in at this day today yesterday monday
tuesday wednesday thursday friday saturday sunday morning evening night afternoon flatly firmly
bluntly simply quietly angrily openly already still often frequently initially originally first
finally now tonight recently late early softly calmly proudly has had have would will did does do
reportedly apparently privately officially formally ultimately subsequently afterwards afterward`}

// roleWords are words of titles and roles, in lower case: they belong to a
// speaker phrase ("spokesperson Adrienne Watson", "chief executive") and,
// capitalized before a name, are its title ("Manager Ivo Petrov").
var roleWords = &lexicon{words: `spokesperson spokeswoman spokesman spokespeople minister secretary president
vice prime chief executive director official officials ambassador envoy general commander adviser
advisor senator governor mayor chairman chairwoman chair chairperson head leader founder co-founder
analyst analysts expert experts economist economists researcher researchers professor scientist
scientists lawyer attorney judge counterpart representative negotiator diplomat diplomats source
sources aide aides news service agency press office ministry government department company officer
manager owner resident residents witness witnesses police authorities member councilor councillor
commissioner gp doctor nurse backers critics workers think tank operator operators teacher student
students mother father son daughter wife husband brother sister grandmother grandfather aunt uncle
cousin friend neighbour neighbor colleague partner boss fiancé fiancée girlfriend boyfriend councilman councilwoman councilmember alderman alderwoman assemblyman assemblywoman
congressman congresswoman congressmember legislator lawmaker sheriff deputy detective trooper
sergeant lieutenant captain colonel major corporal private admiral marshal constable inspector
superintendent principal headteacher headmaster headmistress dean provost chancellor rector pastor
reverend rev. father rabbi imam bishop archbishop cardinal pope priest minister farmer rancher
grower fisherman coach trainer referee umpire striker midfielder defender goalkeeper goalie
quarterback pitcher captain skipper forward guard manager supervisor foreman treasurer clerk
auditor comptroller controller trustee steward warden ranger firefighter paramedic surgeon
physician pharmacist dentist veterinarian therapist psychologist psychiatrist epidemiologist
virologist biologist chemist physicist engineer architect planner developer designer economist
historian author novelist poet writer journalist editor reporter columnist photographer artist
painter sculptor musician singer actor actress director producer filmmaker chef owner proprietor
shopkeeper baker butcher grocer driver pilot captain conductor mechanic electrician plumber
carpenter builder contractor landlord landlady tenant homeowner retiree veteran activist organizer
organiser campaigner volunteer coordinator consultant strategist pollster spokesperson mediator
prosecutor defender solicitor barrister advocate magistrate justice clerk juror plaintiff defendant
administrator commissioner registrar ombudsman regulator auditor inspector examiner investigator
detective agent ceo cfo coo cto chairman vice-president president-elect premier governor-general
lieutenant-governor secretary-general undersecretary envoy consul attaché emir sheikh king queen
prince princess duke duchess lord lady baroness baron sir dame senior junior acting interim former
deputy assistant associate general executive managing principal lead head chief co-chair
midwife caregiver carer cleaner janitor custodian librarian curator archivist ranger lifeguard
owner manager-director board resident student patient parent agent client consultant assistant
attendant accountant applicant participant immigrant migrant merchant servant tenant sergeant
lieutenant correspondent respondent superintendent opponent proponent dependent adolescent descendant
defendant claimant inhabitant president vice-president regent occupant entrant contestant
entertainer pharmacist`}

// honorifics are abbreviated titles ("Dr. Amos Fell", "Sen. Reyes").
var honorifics = &lexicon{words: `mr. mrs. ms. miss mx. dr. prof. sen. rep. gov. lt. gen. col. capt. sgt.
cpl. maj. adm. det. insp. supt. rev. revd reverend fr. hon. rt. pres. atty. dist. cmdr. cmdr lt.-gen. st.`}

// titleModifiers start a title ("Russian Foreign Minister", "Police
// Chief"), never a name.
var titleModifiers = &lexicon{words: `russian chinese american ukrainian british french german japanese indian
iranian israeli european western eastern u.s. u.k. korean canadian mexican brazilian turkish polish
italian spanish australian foreign former senior top deputy acting national security treasury defense
defence state finance trade energy health interior justice economy commerce federal regional police
fire county city district state town village parish school transportation transport education
public labor labour environment environmental housing agriculture culture sports tourism water
assistant associate executive managing general vice chief head lead principal interim financial
operating technology marketing information medical legal commercial creative scientific investment
strategy very right most`}

// anonymousHeads name unnamed sources when they stand alone.
var anonymousHeads = &lexicon{words: `officials official sources source spokesperson spokesman spokeswoman
diplomats diplomat aides aide people person insiders authorities insider employee somebody someone
man woman boy girl child teenager youth bystander passerby passer-by onlooker`}

// groupHeads name groups of speakers (plural nouns of people: "residents";
// unlisted plurals of agent nouns such as "commuters" are recognized by form).
var groupHeads = &lexicon{words: `analysts experts economists researchers scientists residents witnesses critics
lawmakers activists allies countries investors protesters voters supporters opponents leaders backers
workers teachers students parents doctors nurses scientists neighbours neighbors families police
firefighters locals villagers farmers fans players officers staff employees members tenants
homeowners patients survivors relatives victims organizers organisers campaigners unions groups
governments nations states experts observers commentators historians academics scholars pupils
children teenagers women men people citizens taxpayers consumers shoppers drivers passengers
commuters travellers travelers visitors tourists owners businesses retailers merchants traders
companies firms banks lenders automakers manufacturers producers growers ranchers fishermen
miners builders developers landlords engineers inspectors regulators prosecutors investigators
judges justices senators legislators councillors councilors delegates ministers mayors governors
republicans democrats conservatives liberals socialists greens others`}

// documentHeads are documents and data that speak ("the study found", "a
// report released last week said", "court filings show").
var documentHeads = &lexicon{words: `study studies report reports survey surveys poll polls analysis audit review
filing filings documents document records minutes data figures statistics numbers census letter
letters memo memorandum email e-mail lawsuit suit complaint indictment affidavit paper research
findings assessment estimates forecast forecasts projections investigation inquiry evaluation
summary transcript notice guidance ruling verdict judgment judgement order motion petition
testimony budget proposal plan statement release model simulation tally count index
post article essay column blog op-ed note brief agenda website advertisement advert sign placard banner leaflet flyer`}

// organizationWords make a capitalized phrase an organization, and a
// lower-case head one too ("the union", "the department").
var organizationWords = &lexicon{words: `house kremlin ministry department council government commission agency office
pentagon parliament congress senate court police bank fund union organization organisation party
committee inc inc. corp corp. company co. ltd ltd. llc plc group army navy nato u.n. imf opec
administration board institute university association federation embassy cabinet military energy
power holdings capital partners systems technologies motors airlines media college school hospital
foundation trust network labs authority service nhs church chamber bureau centre center academy
society league club team coalition alliance assembly legislature council firm corporation
enterprises industries industry insurance pharmaceuticals pharma clinic district division unit
squad brigade force forces guard command institute observatory laboratory museum library
commission tribunal prosecutor's prosecutors secretariat directorate regulator watchdog utility
utilities railway railways rail transit airport port council's cooperative co-op charity
nonprofit campaign network exchange reserve treasury maritime shipping logistics foods brands airways
pharmaceutical therapeutics biotech resources mining petroleum chemicals electric telecom
semiconductor semiconductors electronics solutions ventures networks communications entertainment studios
dairies dairy automotive aerospace bancorp realty properties developments construction
engineering robotics software devices instruments retail stores supermarkets restaurants hotels
services securities investments financial
high regional elementary prep united athletic athletics rovers wanderers`}

// publicationWords make a phrase a publication or news agency.
var publicationWords = &lexicon{words: `reuters interfax tass xinhua ap afp bloomberg bbc cnn times post journal
guardian newspaper tribune herald gazette ria novosti kyodo yonhap dpa chronicle telegraph
observer independent economist magazine courier dispatch examiner inquirer gazette bulletin
register star sun mirror express standard news television tv radio broadcaster channel outlet`}

// countries are place names that stand for their governments when they speak
// ("China said", "the U.S. warned").
var countries = &lexicon{words: `china russia u.s. us united states america ukraine beijing moscow washington
kyiv kiev britain u.k. france germany japan india iran israel taiwan europe brussels london paris
berlin tokyo seoul korea canada mexico brazil turkey poland nato eu kazakhstan switzerland pakistan
egypt syria iraq saudi arabia italy spain australia argentina chile colombia peru venezuela cuba
nigeria kenya ethiopia ghana uganda tanzania morocco algeria tunisia libya sudan qatar jordan
lebanon afghanistan bangladesh indonesia malaysia vietnam thailand philippines singapore
netherlands belgium austria sweden norway denmark finland ireland portugal greece hungary romania
bulgaria serbia croatia czechia slovakia belarus georgia armenia azerbaijan uzbekistan mongolia`}

// placeWords end the name of a place ("Linden Avenue", "Route 9", "Clark
// County"): a place is never a person.
var placeWords = &lexicon{words: `street st. avenue ave. road rd. boulevard blvd. lane drive way square
park bridge river lake mountain mountains county city valley hill hills heights beach island
islands bay harbor harbour airport station hall building tower route highway interstate
freeway motorway parkway plaza mall market creek canyon forest desert coast shore peninsula
province state region district township village town borough neighborhood neighbourhood
stadium arena field gardens court place terrace crescent close row quay wharf pier dam canal
sea ocean gulf strait valley falls springs theatre theater cinema hotel restaurant cafe café bar pub
tavern diner bakery store shop garage terminal depot plant factory mill farm studio studios gallery
square building ward precinct constituency riding`}

// regions are states and provinces, written with hyphens for spaces
// ("south-dakota"): places, never people.
var regions = &lexicon{words: `alabama alaska arizona arkansas california colorado connecticut delaware florida
hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan
minnesota mississippi missouri montana nebraska nevada new-hampshire new-jersey new-mexico new-york
north-carolina north-dakota ohio oklahoma oregon pennsylvania rhode-island south-carolina
south-dakota tennessee texas utah vermont virginia washington west-virginia wisconsin wyoming
ontario quebec alberta manitoba saskatchewan nova-scotia new-brunswick british-columbia
scotland wales england northern-ireland`}

// locativePrepositions put a place after them ("in Dunmore", "near
// Oakdale"): a capitalized word there is not a speaker.
var locativePrepositions = &lexicon{words: `in near outside across around through into toward towards via
inside within throughout along across beyond from`}

// determiners and quantifiers open a noun phrase and are left out of a
// speaker's name ("several residents" → residents).
var determiners = &lexicon{words: `the a an his her its their our my your some several many most few both all
each every no any two three four five six seven eight nine ten dozens hundreds thousands numerous
various other another these those this that one`}

// femaleWords and maleWords give a person's gender for pronoun resolution:
// titles and common first names (unknown names fit either).
var femaleWords = &lexicon{words: `spokeswoman chairwoman councilwoman congresswoman assemblywoman
alderwoman businesswoman mrs. ms. miss queen princess duchess lady dame baroness actress landlady
headmistress mother daughter sister wife grandmother aunt niece widow girl woman she her herself
janet adrienne mary maria anna anne elizabeth sarah susan karen nancy lisa emily emma olivia sophia
kamala hillary angela ursula theresa nicola liz jacinda marine kaja annalena christine gina linda
laura julia helen jane amy rachel rebecca jennifer jessica michelle patricia barbara margaret dana
priya mei ning hua chunying olena irina natalia elena ana lucia fatima aisha yuki keiko sofia carla
nadia ingrid gloria ruth teresa lena grace alice claire diana eva hannah kate katherine lucy megan
monica natasha paula rosa sandra silvia tanya vera wendy zoe joanna joan carol sharon donna
ellen tess nora ivy gwen dora ines iris rhea marta amira leila layla yasmin zainab mariam noor
sara elif ayse zeynep hana mina jia li-na xiu ying aiko sakura mariko haruka ji-woo min-ji
svetlana olga tatiana ludmila oksana ksenia daria anastasia katarzyna agnieszka magdalena
francesca giulia chiara valentina camila valeria gabriela fernanda beatriz ines carmen pilar
dolores mercedes isabel isabella lucia elena marisol guadalupe rosario esperanza ximena
amelia charlotte harriet isla poppy freya evie ella mia ava chloe abigail madison ashley brittany
heather stephanie nicole melissa amanda kimberly deborah debra cynthia angela kathleen pamela
martha shirley virginia catherine christina samantha victoria lauren kayla alexis brenda
danielle tiffany erin kelly courtney tara tracy holly molly jenna beth bethany naomi miriam
esther judith leah abby sue pat peggy dorothy frances jean joyce judy marie alison allison
andrea beverly bonnie caroline cheryl colleen denise diane eileen elaine ellen felicia
georgia gwendolyn jacqueline janice jill joy julie june kathryn kristen lydia marilyn maureen
melanie nina patty penny phyllis rita roberta rose sally stacy suzanne sylvia theresa valerie
vanessa yvonne adaeze chiamaka ngozi amara wanjiru akosua abena adwoa folake funmilayo
precious blessing thandiwe nomvula lindiwe zanele shanice latoya keisha aaliyah imani
deepa anjali sunita kavita pooja neha divya lakshmi meera shreya ananya nisha radha
ada adele adeline adeola adriana afua agatha agnes aileen ailsa aimee aishwarya akiko akua alana
alejandra aleksandra alessandra alessia alexandra alexandria alicia alicja alina alisha alla alyssa
amal amalia amelie amina amparo anais angelica angelina angharad anita anke annabel annabelle anneli
annette annie annika antonella antonia anusha aoife aparna arabella archana ariana ariel arlene arti
asma astrid audrey aurora aya ayaka ayo ayumi beata beatrice belinda bella benedetta benedicta
bernadette bernice bertha betsy betty bev beverley bhavana bianca birgit bisi blanca blanche brianna
bridget bridgette brigid brigitte brita britt bronwen brooke brooklyn bryony caitlin callie camilla
camille candace candice cara carina carlotta carmel carmela carole carolyn carys cassandra cassie
catalina caterina cathy catriona cecile cecilia cecily celeste celia celine cerys chantal charlene
cherie chidinma chie chika chioma chitra christa christiane christie ciara cindy cinzia clara
clarissa claudia claudine clodagh colette conceicao concepcion connie consuelo cora coral corinne
cristina dagmar dalia daniela daphne darlene davina debbie deepika deirdre delia della delphine
desiree dianne dina dolly donatella doreen doris dorota ebba edith edna efua eilidh ekaterina
eleanor eleanora eleri elin elisa eliza elke ellie elodie eloise elsa elsie emi emilia emilie
emmeline encarnacion enid eri erica erika estela estelle ethel eugenia eun-ji eunice evangeline eve
evelyn ewa farah fatma faye federica felicity fern ffion filipa fiona flora florence florencia
floriana francine francoise freda frida funke gabi gabriella gabrielle gail galina gayle geeta gemma
genevieve georgina geraldine germaine gertrude ghada gianna gillian ginny giovanna gisela giselle
gita gladys glenda glenys graca grainne greer greta gretchen gunilla gwyneth hailey hala halina
halyna hanako hanan hanne hattie hayley hedda heidi heike helena helene helga henrietta hiba hilda
hina hiroko hortense huda hye-jin ida ifeoma ilaria ilona ilse iman imogen indira inge ingeborg
inmaculada inna irena irene irma iryna isabelle isadora ivana jackie jadwiga jamila jana janelle
janette janine jeanette jeanne jeannie jemima jenny jess jessie ji-eun ji-hye ji-yeon joana joanne
jocelyn johanna josefa josephine josiane josie juanita juliana julianne juliet juliette justine
justyna jutta jyoti kalpana kamila kana kaori kara kari karin karina karolina kathy katie katja
katrina katya kayleigh kazuko keira kemi kerry kerstin khadija kira kirsteen kirsten kirsty kitty
krista kristin kristina krystyna kumiko kylie laetitia lama lara larisa larissa lata latha laurel
laverne lea leanne lenka leona leonie leonor lesya leticia letizia libby lila lilia lilian lillian
lina lindsay lindsey linnea liv liza lois lorena loretta lorna lorraine louisa louise lourdes luann
luciana lucille lucinda lucrezia luisa luz lynda lynn lynne lyudmila mabel macarena madeleine
madeline madhu mae maeve mafalda magda maggie maha mai maia mair maisie maja malgorzata malin malini
mandy manisha manuela marcela marcella marcia margarita margaux margot marguerite mari mariana
mariangela marianne maribel marina marion marissa marit marjorie marketa marla marlene marsha
martina martine maryam mathilde matilda maud maude maura mavis maxine mayumi megumi melinda meredith
mhairi michaela michiko midori miho miki milagros mildred millie mimi min-seo minnie miranda misaki
mitsuko miyuki moira mona monika monique montserrat morag morgana muriel myra myrtle nada nadezhda
nadine najwa nandini nanette naoko natalie nataliya nathalie natsuki nell nellie nerea nerys niamh
nkechi nneka noelle nomsa norah noreen noriko norma nour nuria obiageli oceane octavia odette
oluwakemi olwen ophelia orla ornella padma paige paloma pandora paola parvati pascale patrizia
paulette paulina pauline penelope petra philippa phoebe polina polly preeti priscilla priyanka
queenie rachael raffaella ragnhild ramona rana randi rania raquel reem regina reiko rekha remedios
renata renate rhiannon rhoda rhona rie rika rima ritu rochelle rocio roisin rola romina rosalie
rosalind rosamund rosanna rosaria rosemary rosie rowena roxanne sabina sabine sabrina sachiko sade
sadie salma samira sana sandrine sandy sangeeta sarita sasha savita sayaka seema selena selina seo-yeon
seren serena severine shalini shannon shanti sheetal sheila shelley sherry sheryl shilpa shiori
shobha shona sian signe sigrid sigrun silje silke simona sinead siobhan siri smita so-yeon solange
soledad solveig sonia sonja soo-jin sophie soraya stefania stella su-bin suha sujata sunanda susana
susanna susannah susanne susie svea swati sybil sylvie sylwia tabitha tamara tammy tania tatyana
temitope tessa tetiana thais thandeka thea thelma theodora tina titilayo tiziana tomoko tone toni
tove tracey trine trudy uchenna ulla ulrika ulrike urszula usha ute vandana velma veronica veronika
veronique vibeke vicki vicky vidya viola vitoria vivian viviane vivienne wafa wambui wanda wanjiku
wilhelmina willa winifred winnie xiaoling xiaomei yara yasmine yekaterina yelena yesenia yetunde
yoko yolanda yoon-ah yoshiko young-hee yui yuka yukiko yulia yuliia yumi yvette zahra zara zeina
zeinab zelda zodwa zofia zoya zuzana zuzanna`}

var maleWords = &lexicon{words: `spokesman chairman councilman congressman assemblyman alderman
businessman fisherman foreman mr. king prince duke lord sir baron actor headmaster father son brother
husband grandfather uncle nephew widower boy man he him his himself
sergei vladimir dmitry dmitri xi joe donald barack john james robert michael william david richard
thomas charles antony lloyd jake nicholas volodymyr emmanuel olaf boris rishi keir justin narendra
benjamin recep jens mark peter paul george andrew alexei alexander ivan yuri viktor mikhail igor
wang qin colum kevin brian steven tom tim carlos juan luis ahmed mohammed omar hiroshi kenji alan
marcus pete raj sam samuel daniel matthew anthony frank gary henry jack larry martin oliver patrick
ray roger scott aaron adam alex alfred arthur barry ben bill billy bob bobby brad bruce bryan
calvin carl chad chris christopher clarence craig dale dan danny darren dean dennis derek don
doug douglas duane dwight earl ed eddie edward elijah eric ernest ethan eugene evan floyd francis
fred gabriel gerald glen glenn gordon graham greg gregory harold harry harvey herbert howard hugh
ian isaac jacob jared jason jay jeff jeffrey jeremy jerome jerry jesse jim jimmy joel jon jonathan
jose joseph joshua juan julian keith ken kenneth kurt kyle lance lawrence leo leon leonard
lewis liam louis lucas luke malcolm marvin mason matt maurice max melvin micah mike miles mitchell
nathan neil nick noah norman oscar owen perry phil philip phillip quentin ralph randy raymond reggie
rick ricky rob rod rodney ron ronald ross russell ryan seth shane shaun shawn simon stanley stephen
steve stuart ted terry theodore todd tony travis trevor troy tyler vernon victor vincent walter
warren wayne wesley willie zachary hal walt wendell odell tomasz kemal rui bo amos lionel omar
farid hamid hassan hussein ali mustafa mahmoud karim khalid yusuf ibrahim ismail tariq rashid
mehmet ahmet mustafa emre burak hakan murat kenan cem deniz
jin-ho min-jun seo-jun hyun takeshi hiroshi kenji haruto ren daiki satoshi akira yuki hideo
wei jun hao ming lei tao yong jian feng bo
pablo diego javier miguel alejandro fernando ricardo eduardo jorge andres rafael sergio antonio
manuel francisco pedro roberto alberto raul enrique hector jesus ramon ignacio joaquin santiago
mateo tomas sebastian nicolas felipe gustavo marco giovanni giuseppe luca matteo lorenzo alessandro
pierre jacques jean-pierre francois louis antoine henri hans klaus jurgen wolfgang stefan
andrzej piotr krzysztof pavel jan petr lars erik nils sven johan bjorn anders
chinedu emeka obinna chukwuemeka oluwaseun tunde femi kwame kofi kwaku yaw themba sipho thabo
spencer tyler parker hunter carter connor taylor tanner porter chandler skyler asher archer
cooper harper jasper homer xavier dexter lester chester webster baxter foster grover
arjun rahul amit vikram sanjay suresh rajesh anil vijay ravi sunil ashok deepak manoj
aarav abdoulaye abdul abdullah abe abhishek abraham ade adebayo adel adewale aditya adnan adolfo
adrian afonso agustin ahmad ahmadou aidan aiden ajay akash akihiro akin akio akram alain alasdair
alastair albert alec aled aleksandr aleksei alessio alexey alfie alfonso algernon alistair alonzo
alun alvaro alvin amadou amar ambrose amin amir amitabh anand anatoly andre andreas andrei andriy
andy angel angelo angus aniket ankit anton anupam anwar archibald archie arkady armando arnaud arne
arnold artem arturo artyom arun ashish ashraf ashwin augustus austin axel ayman babajide baraka
barnaby barney bart bartosz bashir basil bayo benedict bengt benito benny benoit bernard bernardo
bernd bert bertie bertram bertrand bharat bilal blake bohdan bongani bradley brendan brett brody
bruno bryn byron byung-hoon caio caleb callum calum cameron carlo cecil cedric cesar cesare chetan
chidi chijioke chike christian christophe chukwudi ciaran clark claudio clement clifford clifton
clive clyde cody colin colm conall conor conrad cormac cornelius cristian cristobal curtis cyril
cyrus dafydd dag daisuke damian damien damon daniele dario darius dariusz darrell darryl dave davey
davide dayo declan denis dermot desmond devin dewi dhruv didier dieter dinesh diogo dirk dmitriy
domenico dominic donal dong-hyun donovan dougal duarte dudley duncan dustin dylan eamon eamonn ebuka
edgar edmund edwin egon eiji einar ekene elias eliot elliot elliott elmer emanuele emil emile emilio
emmett emrys enoch enrico enzo eoin ernesto ernie errol esteban etienne eugenio everett evgeny ewan
ezra fabian fabien fabio fabrice fabrizio fadi faisal fares fawzi federico felix ferdinand fergal
fergus filippo finlay finn finnegan firas fletcher florian fouad francesco franco frankie franklin
fraser frederick fredrik friedrich gareth gaston gaurav gavin gennady geoff geoffrey georgy geraint
gerard gerardo gerhard gerry gethin ghassan giacomo gianluca gianni gideon gilbert giles gilles
giorgio giulio godfrey goncalo gonzalo gopal goran gordy grigory grzegorz guido guilherme guillaume
guillermo gunnar gunther gustav gwyn habib hadi haider hajime hamish hamza hani hannes haoran harald
harish harrison haruki heiko heinrich heinz helmut hemant henrik herman hernan herve hideki hiroki
hiroyuki hisham holger horace horatio horst hubert hugo humphrey husam huw hyun-woo ichiro ieuan
ifeanyi ignatius ikenna ilya imad ingvar isaiah isamu ivor iwan jabari jacek jackson jae-hyun jae-in
jagdish jaime jakub jamal janusz jaroslaw jatin jed jeremiah jerzy jethro ji-hoon ji-sung jide jihad
jiri jiro joachim joao jochen jock johnnie johnny jonah joon-ho jorg jorgen josef josh jude jules
julien julio julius juma jung-ho kamal kamau kamil kane karan karel karl karl-heinz karol kartik
kayode kazuki kazuo keiran keisuke kelechi kelvin kendall kendrick kent khaled kieran kipchoge
kirill kirk kishore kjell knut kobina koji kojo kola konrad konstantin krishna kunal kwabena kwang-soo
kwesi lachlan lalit lamar lambert laurence laurent leandro leif lenny leonardo leonid leroy
lincoln llewellyn lochlan loic lothar lowell lubos luc luciano luigi lukasz luther lwazi lyle maciej
magnus mahesh majid makoto maksim malachi malik mamadou mandla manfred manish manny mansour marc
marcel marcello marcelo marcin marek mariano mario mariusz markus marshall marty marwan masahiro
masaki masao masaru massimo mateusz mathew mathieu mats matthias mauricio maurizio mauro maxim
maxime maximiliano maxwell mazen merlin michal micheal michel mickey mikael milan milo min-ho minoru
miroslav mitch mohamed mohammad mohan monty morris moses moussa muhammad mukesh munir murray mwangi
mykhailo mykola myles nabil naoki naresh nasser nathaniel naveen nelson nestor neville niall nigel
nikhil nikita nikolai nitin nizar njoroge nnamdi noboru noel norbert nuno octavio odhiambo oisin
oladele olav ole oleg oleksandr oleksiy olivier olof olumide oluwafemi ondrej orlando orson osama
osamu osvaldo oswald otavio otieno otis otto ousmane owain paddy padraig pankaj paolo pascal patrice
patricio paulo pawel percival percy petro philippe pietro pradeep prakash pranav prashant przemyslaw
qasim radek radoslaw rafal raffaele rainer rajendra rakesh ralf ramesh rami ramiro reginald reinaldo
reinhard remi renato renaud rex rhys riad riccardo richie robbie rocco roderick rodolfo rodrigo
rohit roland rolf roman ronan rory rowan roy ruairi ruben rudiger rudolph rudy rufus rupert ruslan
ryo ryota ryszard ryuichi saad sachin said salah salem salim salvador salvatore sami samir sammy
sandeep sandro satish saul seamus sean sebastien segun semyon serge serhiy seun seung-hoon seymour
shankar sharif shashi shay shigeru shinji shinzo shiv shota shun sibusiso siddharth siegfried silas
slawomir sola solomon stanislav stanislaw stefano stepan stephane sterling stewart stig sudhir sumit
sune sung-min susumu sylvain szymon tadashi tadeusz tadhg tae-hyun taiwo takahiro takashi takumi
tamer taras tarek taro tarun tatsuya teddy teodoro terence tetsuya thaddeus theo thiago thibault
thierry thorsten tiago timur tobias toby tommy torbjorn tore torsten toru toshiro trent tristan uche
udo ulf ulrich ulysses umberto umesh uwe vaclav valentin valery varun vasily vasyl vaughan vicente
vinay vincenzo vinicius vinod virgil vishal vitaly vittorio volker vyacheslav wael waldemar walid
wallace wally wanyama werner wieslaw wilbur wilfred wilhelm willard winston witold wojciech wyatt
yann yaroslav yash yasser yasuo yemi yevgeny yogesh yoon-suk yoshi yoshihiro young-ho youssef yuichi
yuriy yusuke yuto yuxuan yves zach zack zaid zbigniew zdenek zdzislaw zhiwei ziad zihan`}

// firstNames that fit either gender are left out of femaleWords and
// maleWords; isFirstName looks in both.

// abbreviations end with a dot that does not end a sentence.
var abbreviations = &lexicon{words: `u.s. u.k. u.n. e.u. mr. mrs. ms. dr. prof. gen. sen. rep. gov. lt. col.
capt. sgt. st. jr. sr. inc. corp. co. ltd. no. vs. etc. jan. feb. aug. sept. oct. nov. dec. a.m. p.m.
d.c. cpl. maj. adm. det. insp. supt. rev. fr. hon. ave. rd. blvd. mt. ft. dist. atty. cmdr. dept.
univ. assn. bros. mx. ala. ariz. ark. calif. colo. conn. del. fla. ga. ill. ind. kan. ky. la. md.
mass. mich. minn. miss. mo. mont. neb. nev. n.h. n.j. n.m. n.y. n.c. n.d. okla. ore. pa. r.i. s.c.
s.d. tenn. tex. vt. va. wash. w.va. wis. wyo.`}

// subordinators end an outer reported clause where a nested attribution
// begins: "…in Ukraine after the U.S. warned allies that…".
var subordinators = &lexicon{words: `after as while when because since but and although though before
whereas`}

// pronouns that can be speakers.
var pronouns = &lexicon{words: `he she it they we i`}

// nameParticles join the parts of a name: "Willem de Boer", "Ursula von
// der Leyen".
var nameParticles = &lexicon{words: `de van von der den al bin da di le la du dos del ter ten`}

// notSubject words can never be part of a speaker phrase: auxiliaries,
// modals, negations, pronouns, conjunctions and subordinators. Reading a
// subject, a phrase holding one of these is a clause, not a noun phrase.
var notSubject = &lexicon{words: `is are was were be been being am has have had will would shall should can
could may might must do does did not never no don’t didn’t doesn’t won’t can’t isn’t wasn’t
aren’t weren’t hasn’t haven’t hadn’t wouldn’t couldn’t shouldn’t he she it they we i you him them
us me that which when while because although though if unless whether since until after before
than so but or nor yet then there here what how why where also it’s there’s to anybody anyone
everybody everyone nobody nothing something everything i’m i’ve i’d i’ll we’re we’ve we’d we’ll
you’re you’ve they’re they’ve they’d he’s she’s he’d she’d i'm i've i'd i'll we're we've they're`}

// months and weekdays are capitalized but never speakers.
var calendarWords = &lexicon{words: `january february march april may june july august september october
november december monday tuesday wednesday thursday friday saturday sunday jan. feb. aug. sept.
oct. nov. dec.`}
