// The Node-only entry: reading result files. Everything in the main entry runs in a browser too.
export { type CampaignInput, RESULT_FILE_EXTENSIONS, type ReadCampaignOptions, readCampaign } from './read-campaign';
