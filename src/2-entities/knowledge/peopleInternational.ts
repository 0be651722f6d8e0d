import type { KnowledgeEntryInput } from '../../model/knowledge.js';
import { office } from './office.js';
import { person } from './person.js';

const UN = 'United Nations';
const EU = 'European Union';

/**
 * Heads of international organisations (UN, NATO, the EU institutions, IMF, World Bank, WHO,
 * IAEA, WTO, ECB), popes and other religious leaders, from about 2000. People who also led a
 * country (Rutte, Tusk, Costa, Guterres) list both offices here or under their country.
 */
export const peopleInternational: KnowledgeEntryInput[] = [
  // United Nations
  person('kofi-annan', 'Kofi Annan', 'male', ['Annan'], [office('secretary-general', UN, 1997, 2006)]),
  person('ban-ki-moon', 'Ban Ki-moon', 'male', ['Ban', 'Ban Ki Moon'], [office('foreign minister', 'South Korea', 2004, 2006), office('secretary-general', UN, 2007, 2016)]),
  person('antonio-guterres', 'António Guterres', 'male', ['Guterres', 'Antonio Guterres'], [office('prime minister', 'Portugal', 1995, 2002), office('high commissioner for refugees', UN, 2005, 2015), office('secretary-general', UN, 2017)]),
  person('stephane-dujarric', 'Stéphane Dujarric', 'male', ['Dujarric', 'Stephane Dujarric'], [office('spokesperson', UN, 2014)]),
  person('volker-turk', 'Volker Türk', 'male', ['Türk', 'Turk', 'Volker Turk'], [office('high commissioner for human rights', UN, 2022)]),
  person('rafael-grossi', 'Rafael Grossi', 'male', ['Grossi', 'Rafael Mariano Grossi'], [office('director-general', 'International Atomic Energy Agency', 2019)]),
  person('yukiya-amano', 'Yukiya Amano', 'male', ['Amano'], [office('director-general', 'International Atomic Energy Agency', 2009, 2019)]),
  person('mohamed-elbaradei', 'Mohamed ElBaradei', 'male', ['ElBaradei'], [office('director-general', 'International Atomic Energy Agency', 1997, 2009)]),
  person('tedros-adhanom-ghebreyesus', 'Tedros Adhanom Ghebreyesus', 'male', ['Tedros', 'Dr Tedros', 'Tedros Adhanom'], [office('director-general', 'World Health Organization', 2017)]),
  person('margaret-chan', 'Margaret Chan', 'female', [], [office('director-general', 'World Health Organization', 2007, 2017)]),
  person('gro-harlem-brundtland', 'Gro Harlem Brundtland', 'female', ['Brundtland'], [office('prime minister', 'Norway', 1990, 1996), office('director-general', 'World Health Organization', 1998, 2003)]),
  person('karim-khan', 'Karim Khan', 'male', ['Karim A.A. Khan'], [office('prosecutor', 'International Criminal Court', 2021)]),
  // NATO
  person('george-robertson', 'George Robertson', 'male', ['Lord Robertson'], [office('secretary-general', 'NATO', 1999, 2003)]),
  person('jaap-de-hoop-scheffer', 'Jaap de Hoop Scheffer', 'male', ['de Hoop Scheffer'], [office('secretary-general', 'NATO', 2004, 2009)]),
  person('anders-fogh-rasmussen', 'Anders Fogh Rasmussen', 'male', ['Fogh Rasmussen'], [office('prime minister', 'Denmark', 2001, 2009), office('secretary-general', 'NATO', 2009, 2014)]),
  person('jens-stoltenberg', 'Jens Stoltenberg', 'male', ['Stoltenberg'], [office('prime minister', 'Norway', 2000, 2001), office('prime minister', 'Norway', 2005, 2013), office('secretary-general', 'NATO', 2014, 2024), office('finance minister', 'Norway', 2025)]),
  person('mark-rutte', 'Mark Rutte', 'male', ['Rutte'], [office('prime minister', 'Netherlands', 2010, 2024), office('secretary-general', 'NATO', 2024)]),
  // European Union
  person('jose-manuel-barroso', 'José Manuel Barroso', 'male', ['Barroso', 'Jose Manuel Barroso', 'José Manuel Durão Barroso'], [office('prime minister', 'Portugal', 2002, 2004), office('president', 'European Commission', 2004, 2014)]),
  person('jean-claude-juncker', 'Jean-Claude Juncker', 'male', ['Juncker'], [office('president', 'European Commission', 2014, 2019)]),
  person('ursula-von-der-leyen', 'Ursula von der Leyen', 'female', ['von der Leyen', 'Von der Leyen'], [office('defense minister', 'Germany', 2013, 2019), office('president', 'European Commission', 2019)]),
  person('herman-van-rompuy', 'Herman Van Rompuy', 'male', ['Van Rompuy'], [office('president', 'European Council', 2009, 2014)]),
  person('charles-michel', 'Charles Michel', 'male', ['Michel'], [office('prime minister', 'Belgium', 2014, 2019), office('president', 'European Council', 2019, 2024)]),
  person('antonio-costa', 'António Costa', 'male', ['Costa', 'Antonio Costa'], [office('prime minister', 'Portugal', 2015, 2024), office('president', 'European Council', 2024)]),
  person('javier-solana', 'Javier Solana', 'male', ['Solana'], [office('secretary-general', 'NATO', 1995, 1999), office('high representative', EU, 1999, 2009), office('foreign policy chief', EU, 1999, 2009)]),
  person('catherine-ashton', 'Catherine Ashton', 'female', ['Ashton', 'Baroness Ashton'], [office('high representative', EU, 2009, 2014), office('foreign policy chief', EU, 2009, 2014)]),
  person('federica-mogherini', 'Federica Mogherini', 'female', ['Mogherini'], [office('high representative', EU, 2014, 2019), office('foreign policy chief', EU, 2014, 2019)]),
  person('josep-borrell', 'Josep Borrell', 'male', ['Borrell'], [office('high representative', EU, 2019, 2024), office('foreign policy chief', EU, 2019, 2024)]),
  person('martin-schulz', 'Martin Schulz', 'male', ['Schulz'], [office('president', 'European Parliament', 2012, 2017)]),
  person('david-sassoli', 'David Sassoli', 'male', ['Sassoli'], [office('president', 'European Parliament', 2019, 2022)]),
  person('roberta-metsola', 'Roberta Metsola', 'female', ['Metsola'], [office('president', 'European Parliament', 2022)]),
  person('jean-claude-trichet', 'Jean-Claude Trichet', 'male', ['Trichet'], [office('president', 'European Central Bank', 2003, 2011)]),
  person('christine-lagarde', 'Christine Lagarde', 'female', ['Lagarde'], [office('finance minister', 'France', 2007, 2011), office('managing director', 'International Monetary Fund', 2011, 2019), office('president', 'European Central Bank', 2019)]),
  // International Monetary Fund, World Bank, WTO
  person('rodrigo-rato', 'Rodrigo Rato', 'male', ['Rato', 'Rodrigo de Rato'], [office('managing director', 'International Monetary Fund', 2004, 2007)]),
  person('dominique-strauss-kahn', 'Dominique Strauss-Kahn', 'male', ['Strauss-Kahn', 'DSK'], [office('managing director', 'International Monetary Fund', 2007, 2011)]),
  person('kristalina-georgieva', 'Kristalina Georgieva', 'female', ['Georgieva'], [office('managing director', 'International Monetary Fund', 2019)]),
  person('paul-wolfowitz', 'Paul Wolfowitz', 'male', ['Wolfowitz'], [office('deputy defense secretary', 'United States', 2001, 2005), office('president', 'World Bank', 2005, 2007)]),
  person('robert-zoellick', 'Robert Zoellick', 'male', ['Zoellick'], [office('president', 'World Bank', 2007, 2012)]),
  person('jim-yong-kim', 'Jim Yong Kim', 'male', ['Kim'], [office('president', 'World Bank', 2012, 2019)]),
  person('david-malpass', 'David Malpass', 'male', ['Malpass'], [office('president', 'World Bank', 2019, 2023)]),
  person('ajay-banga', 'Ajay Banga', 'male', ['Banga'], [office('president', 'World Bank', 2023)]),
  person('roberto-azevedo', 'Roberto Azevêdo', 'male', ['Azevêdo', 'Azevedo', 'Roberto Azevedo'], [office('director-general', 'World Trade Organization', 2013, 2020)]),
  person('ngozi-okonjo-iweala', 'Ngozi Okonjo-Iweala', 'female', ['Okonjo-Iweala'], [office('director-general', 'World Trade Organization', 2021)]),
  // Popes and religious leaders
  person('pope-john-paul-ii', 'Pope John Paul II', 'male', ['John Paul II', 'Karol Wojtyła', 'Karol Wojtyla'], [office('pope', 'Catholic Church', 1978, 2005)]),
  person('pope-benedict-xvi', 'Pope Benedict XVI', 'male', ['Benedict XVI', 'Pope Benedict', 'Joseph Ratzinger', 'Ratzinger'], [office('pope', 'Catholic Church', 2005, 2013)]),
  person('pope-francis', 'Pope Francis', 'male', ['Francis', 'Jorge Mario Bergoglio', 'Bergoglio'], [office('pope', 'Catholic Church', 2013, 2025)]),
  person('pope-leo-xiv', 'Pope Leo XIV', 'male', ['Leo XIV', 'Pope Leo', 'Robert Prevost', 'Robert Francis Prevost', 'Prevost'], [office('pope', 'Catholic Church', 2025)]),
  person('dalai-lama', 'Dalai Lama', 'male', ['the Dalai Lama', 'Tenzin Gyatso']),
];
