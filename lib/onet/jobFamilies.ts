/**
 * SOC 2018 major groups: the first two digits of an O*NET-SOC code name the job family an
 * occupation belongs to. Titles as the Standard Occupational Classification gives them.
 */
export const JOB_FAMILIES: Record<string, string> = {
  '11': 'Management',
  '13': 'Business and Financial Operations',
  '15': 'Computer and Mathematical',
  '17': 'Architecture and Engineering',
  '19': 'Life, Physical, and Social Science',
  '21': 'Community and Social Service',
  '23': 'Legal',
  '25': 'Educational Instruction and Library',
  '27': 'Arts, Design, Entertainment, Sports, and Media',
  '29': 'Healthcare Practitioners and Technical',
  '31': 'Healthcare Support',
  '33': 'Protective Service',
  '35': 'Food Preparation and Serving Related',
  '37': 'Building and Grounds Cleaning and Maintenance',
  '39': 'Personal Care and Service',
  '41': 'Sales and Related',
  '43': 'Office and Administrative Support',
  '45': 'Farming, Fishing, and Forestry',
  '47': 'Construction and Extraction',
  '49': 'Installation, Maintenance, and Repair',
  '51': 'Production',
  '53': 'Transportation and Material Moving',
  '55': 'Military Specific',
}

/** The job family of an O*NET-SOC code ("15-1252.00" → "15"). */
export const jobFamilyOf = (code: string): string => code.slice(0, 2)

export const jobFamilyTitle = (family: string): string | undefined => JOB_FAMILIES[family]
