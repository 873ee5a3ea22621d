/**
 * Common given names, for identifiable-name: a first name that is unique in the
 * roster AND not on this list is "so rare it identifies the child"
 * (Western Primary: "Where a pupil has a very unique first name…").
 *
 * Source: compiled for SafePost from the names that recur in the ONS "Baby
 * names in England and Wales" top-100 lists (late 1990s to 2020s, the years
 * today's pupils, parents and staff were born), broadened with names that are
 * common in the UK's South Asian, Muslim, Black African and Caribbean, Polish
 * and other Eastern European, Irish, Welsh and Scottish communities, and the
 * usual short forms. Deliberately NOT a list of every name ever given: an
 * unranked list of thousands of names (we tried one) calls Ignatius "common".
 * Not taken from any school's roster.
 */
import { foldText } from '../text/normalize';

const NAMES = `
aaliyah aaron abbie abby abdullah abdul abdi abel abigail abubakar ada adam adan adeel adele
adrian adriana aditya ahmad ahmed aidan aiden aimee ainsley aisha aishah aisling alan alana alba
albert albie alec aled alesha alessandro alex alexa alexander alexandra alexis alfie alfred ali
alice alicia alina alisha alison alistair aliyah alyssa amaan amaya amber amelia amelie amina
amir amira amna amy ana anaya andre andrea andrei andrew andy aneesa angel angela angelina ania
anika anna annabel annabelle anne annie anthony antonio anya april arabella archer archibald
archie aria ariana arianna arjun arlo arran arthur arun aryan asad asher ashley ashton asma aston
aubrey aurora austin ava avery ayaan ayan ayesha ayla aylin ayo ayomide
bailey barbara barney bartosz beatrice beatrix becky bella ben benjamin bethan bethany betsy
bilal billie billy blake blessing bobby bonnie bradley brandon brian brodie brooke brooklyn bryony
caleb callum calvin cameron camilla cara carl carla carlos caroline carys casey cassie catherine
cerys chantelle charles charlie charlotte chelsea cheryl chidi chloe chris christian christina
christopher ciara cian ciaran claire clara clare clarissa cody cole colin connor conor corey cormac
courtney craig cristian daisy daksh dale damian damon dan dana daniel daniela daniella danielle
daniyal danny dante darcey darcie darcy darius darren dave david dawid dawn dean declan demi
dennis derek destiny devon dexter dhruv diana dilan dina divya dominic dominik donna dora dorothy
douglas dylan eddie eden edie edith edward edwin efe eileen elaine eleanor elena eli eliana elias
elijah elin elinor eliot elisa elise eliza elizabeth ella elle ellen ellie elliot elliott ellis
elly eloise elsa elsie elspeth emil emilia emilie emily emma emmanuel emmie emre enzo eric erin
esme esther ethan eva evan evangeline eve evelyn evie ewa ewan ezra
faisal faith farah farhan fatima fatimah fatma felicity felix fern filip finlay finley finn fiona
florence florrie frances francesca frank frankie fraser freddie freddy frederick freya gabriel
gabriela gabriella gabrielle gareth gary gavin gemma george georgia georgie gethin gianna gina
giorgia glen grace gracie graham grant gregory gurpreet gus gwen habiba hadi hafsa hailey haleema
haley halima hamza hana hanna hannah harley harlow harmony harper harriet harris harrison harry
harvey hassan hattie hayden hayley hazel heather heidi helen helena henry hollie holly honey
honor hope hudson hugh hugo humza hunter hussain iain ian ibrahim idris ifeoma iman imogen imran
ines iqra irene iris isaac isabel isabella isabelle isobel isaiah isha ishaan isla ismail ivan ivy iyla
izaak izzy
jack jackson jacob jade jaden jago jai jake james jamie jan jane janet jasmine jason jay jaya
jayden jaylen jayne jeremy jesse jessica jessie jiya joanna joanne jodie joe joel joey john jonah
jonathan jordan jorge jose joseph josh joshua josie joy jude judith julia julian julie jamal
jakub junaid justin kacper kai kaiden kaitlyn kamal kara karen karim karina kasey kate katherine
kathryn katie kayden kayla keira keith kelly kenneth kerry kevin khadija khalid kian kiara kieran
kim kimberley kiran kirsty kit kobe kofi krish krishna kristian kuba kwame kyle kyra
lacey laila lana lara laura lauren laurence layla leah lee leigh leila lena lennie lennon lenny
leo leon leona leonardo leonie lewis lexi lexie liam libby lilia lilian lillian lilly lily lincoln
linda lisa liv livia lochlan logan lois lola lorcan lorenzo louie louis louisa louise luca lucas
lucia lucie lucy luis luke luna lydia lyla maddie maddison madeleine madeline madison mae maeve
maggie maisie maisy maja malachi malak manon mara marcel marco marcus marek margaret maria mariam
marie marion mark marley martha martin mary maryam mason matilda matteo matthew maureen max
maximilian maya megan mehmet melissa mia michael michaela michal michelle mikolaj milan milena
miley millie milly milo mohamed mohammad mohammed molly morgan muhammad murray musa mustafa myles
nadia naomi natalia natalie natasha nate nathan nathaniel neil nell nellie nia niall niamh nicholas
nicola nicole nikita nikola nina noah noel noor nora nour nuala olga oliver olivia oliwia ollie
omar orla orlaith oscar oskar owen paige pamela patricia patrick patryk paul paula pawel pearl
penelope penny peter phoebe piotr pippa poppy precious priyanka rachel rafael rahul raheem rania
raphael ravi ray rayan rayyan reece reggie rehan reuben rhys rhiannon ricardo richard riley rio
river robert robin robyn rocco roger rohan ronan ronnie rory rosa rose rosie ross rowan roxanne
ruby rufus rupert russell ruth ryan rylee
saanvi sabrina sadie safa safiya sahil saira sally salma sam samantha samir samira samuel sana
sandra sara sarah sasha savannah scarlett scott sean sebastian seren serena shannon sharon shaun
shauna shreya sian sidney sienna simon simran sinead sofia sofie sonia sophia sophie spencer
stacey stanley stefan stella stephanie stephen steven stevie sufyan sumaya summer susan suzanne
sydney sylvia
tallulah tamara tanya tara tariq taylor teddy terence tess tessa thea theo theodore theresa thomas
tia tiana tilly timothy tobias toby tom tomas tomasz tommy tony tracey travis trinity troy tyler
umar usman valentina vanessa veer venetia vera veronica victor victoria viktor vincent violet
vivaan vivienne wendy wiktoria will william willow wojciech wyatt xander xavier yahya yasmin
yasmine yousef yusuf yvonne zac zach zachary zack zahra zain zainab zak zara zayan zayn zeynep
zofia zoe zuzanna
aoife saoirse siobhan roisin eoin oisin padraig seamus sorcha cillian fionn darragh caoimhe
dafydd rhodri iolo gruffydd ffion megan catrin mali osian tomos elis cai
kasia zosia agata lena natalia maja igor maciej krzysztof lukasz mateusz wiktor kamil oskar
stanislaw jakub aleksander aleksandra bartek antoni
aarush abdulrahman ahmet anil anjali arnav ayush deepa deepak divya gurdeep harpreet hari jaspreet
karan manpreet meera mehak mina mohini navdeep neha nikhil parveen pooja prakash preeti priti raj
rajesh ranjit riya rohit sanjay shanti simran sunil sunita tanvir vikram yash
adaeze adebayo adeola akua ama amara chiamaka chinedu chioma chukwuemeka ebony ejiro esi funmi
ifeanyi kemi kofi nkechi obinna ola olu oluwaseun seun sade tayo temi tolu tunde yaw zuri
hiba hira iqra maryam nabila nasir noor rahma ruqayyah sami samia yasir zaid zakariya ayman
`;

let cache: Set<string> | undefined;

/** Lower-cased, accent-free common given names (built on first use). */
export function commonGivenNames(): ReadonlySet<string> {
  if (!cache) cache = new Set(NAMES.split(/\s+/).filter(Boolean));
  return cache;
}

export function isCommonGivenName(name: string): boolean {
  const folded = foldText(name).trim();
  const set = commonGivenNames();
  // "Ella-Rose", "Mary Jane": common when every part is.
  const parts = folded.split(/[\s'\-]+/).filter(Boolean);
  return set.has(folded) || (parts.length > 1 && parts.every((p) => set.has(p)));
}
